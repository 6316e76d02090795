import { Col, Row } from "antd";
import { useEffect, useState } from "react";
import type { OrgDetail } from "../../../../shared/contracts/orgs.contract";
import { useApiQuery } from "../../../lib/use-api-query";
import { getOrg } from "../api";
import { OrgCreateModal } from "../components/OrgCreateModal";
import { OrgDetailCard } from "../components/OrgDetailCard";
import { OrgEditModal } from "../components/OrgEditModal";
import { OrgTreePanel } from "../components/OrgTreePanel";
import { useOrgTree } from "../hooks/use-org-tree";

type OpenModal = "create" | "edit" | null;

export function OrgsPage() {
  const tree = useOrgTree();
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

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xl={8} xxl={6}>
        <OrgTreePanel tree={tree} selectedId={selectedId} onSelect={setSelectedId} />
      </Col>
      <Col xs={24} lg={15} xl={16} xxl={18}>
        <OrgDetailCard
          detail={detail}
          error={detailQuery.error}
          isLoading={detailQuery.isLoading || (!detail && Boolean(selectedId))}
          onCreateChild={() => setOpenModal("create")}
          onEdit={() => setOpenModal("edit")}
        />
      </Col>
      {detail && openModal === "create" && (
        <OrgCreateModal parent={detail} onClose={() => setOpenModal(null)} onCreated={handleCreated} />
      )}
      {detail && openModal === "edit" && (
        <OrgEditModal org={detail} onClose={() => setOpenModal(null)} onUpdated={handleUpdated} />
      )}
    </Row>
  );
}
