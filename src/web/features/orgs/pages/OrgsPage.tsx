import { Col, Row, Tabs } from "antd";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import type { OrgDetail } from "../../../../shared/contracts/orgs.contract";
import { useApiQuery } from "../../../lib/use-api-query";
import { getOrg } from "../api";
import { OrgCreateModal } from "../components/OrgCreateModal";
import { OrgDetailCard } from "../components/OrgDetailCard";
import { OrgDissolveModal } from "../components/OrgDissolveModal";
import { OrgEditModal } from "../components/OrgEditModal";
import { OrgMoveModal } from "../components/OrgMoveModal";
import { OrgOfficersCard } from "../components/OrgOfficersCard";
import { HonoursCard } from "../../recognition/components/HonoursCard";
import { OrgTreePanel } from "../components/OrgTreePanel";
import { RenewalsPanel } from "../components/RenewalsPanel";
import { useOrgTree } from "../hooks/use-org-tree";

type OpenModal = "create" | "edit" | "move" | "dissolve" | null;
type OrgsTab = "tree" | "renewals";

/** The 组织 section: the tree with the selected organization, and the renewal reminders (?tab=renewals). */
export function OrgsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: OrgsTab = searchParams.get("tab") === "renewals" ? "renewals" : "tree";
  const [includeDissolved, setIncludeDissolved] = useState(false);
  const tree = useOrgTree(includeDissolved);
  const [selectedId, setSelectedId] = useState<string>();
  const [openModal, setOpenModal] = useState<OpenModal>(null);

  // Select the top of the scope on first load, so the page never opens empty.
  const firstRootId = tree.nodes[0]?.key;
  useEffect(() => {
    if (!selectedId && firstRootId) setSelectedId(firstRootId);
  }, [selectedId, firstRootId]);

  const detailQuery = useApiQuery<OrgDetail | undefined>(
    async (signal) => (selectedId ? getOrg(selectedId, signal) : undefined),
    [selectedId],
  );
  const detail = detailQuery.data?.id === selectedId ? detailQuery.data : undefined;

  const handleTabChange = (next: string) => setSearchParams(next === "renewals" ? { tab: "renewals" } : {});

  const handleOpenOrg = (orgId: string) => {
    setSelectedId(orgId);
    handleTabChange("tree");
  };

  const handleCreated = async (created: OrgDetail) => {
    setOpenModal(null);
    detailQuery.reload();
    if (created.parentId) await tree.refreshChildren(created.parentId);
  };

  const handleUpdated = (updated: OrgDetail) => {
    setOpenModal(null);
    tree.updateOrg(updated);
    detailQuery.reload();
  };

  // A move leaves the old parent and joins the new one: reload both levels of the tree.
  const handleMoved = async (moved: OrgDetail, previousParentId: string | null) => {
    setOpenModal(null);
    detailQuery.reload();
    if (previousParentId) await tree.refreshChildren(previousParentId);
    if (moved.parentId) await tree.refreshChildren(moved.parentId);
  };

  // The dissolved organization stays selected, now shown as history.
  const handleDissolved = async (dissolved: OrgDetail) => {
    setOpenModal(null);
    detailQuery.reload();
    if (dissolved.parentId) await tree.refreshChildren(dissolved.parentId);
  };

  const treeTab = (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xl={8} xxl={6}>
        <OrgTreePanel
          tree={tree}
          selectedId={selectedId}
          onSelect={setSelectedId}
          includeDissolved={includeDissolved}
          onIncludeDissolvedChange={setIncludeDissolved}
        />
      </Col>
      <Col xs={24} lg={15} xl={16} xxl={18}>
        <OrgDetailCard
          detail={detail}
          error={detailQuery.error}
          isLoading={detailQuery.isLoading || (!detail && Boolean(selectedId))}
          onCreateChild={() => setOpenModal("create")}
          onEdit={() => setOpenModal("edit")}
          onMove={() => setOpenModal("move")}
          onDissolve={() => setOpenModal("dissolve")}
        />
        {detail && <OrgOfficersCard key={detail.id} org={detail} onChanged={detailQuery.reload} />}
        {detail && (
          <div style={{ marginTop: 16 }}>
            <HonoursCard key={detail.id} orgId={detail.id} />
          </div>
        )}
      </Col>
      {detail && openModal === "create" && <OrgCreateModal parent={detail} onClose={() => setOpenModal(null)} onCreated={handleCreated} />}
      {detail && openModal === "edit" && <OrgEditModal org={detail} onClose={() => setOpenModal(null)} onUpdated={handleUpdated} />}
      {detail && openModal === "move" && <OrgMoveModal org={detail} onClose={() => setOpenModal(null)} onMoved={handleMoved} />}
      {detail && openModal === "dissolve" && <OrgDissolveModal org={detail} onClose={() => setOpenModal(null)} onDissolved={handleDissolved} />}
    </Row>
  );

  return (
    <Tabs
      activeKey={tab}
      onChange={handleTabChange}
      items={[
        { key: "tree", label: "组织架构", children: treeTab },
        { key: "renewals", label: "换届提醒", children: <RenewalsPanel onOpenOrg={handleOpenOrg} /> },
      ]}
    />
  );
}
