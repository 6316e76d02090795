import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Select, Space, Table, type TableColumnsType, Tag } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { User } from "../../../../shared/contracts/users.contract";
import { ROLE_LABELS } from "../../../../shared/domain";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { getErrorMessage } from "../../../lib/api-client";
import { useApiQuery } from "../../../lib/use-api-query";
import { type FindUsersParams, findUsers, updateUser } from "../api";
import { UserCreateModal } from "../components/UserCreateModal";
import { UserEditModal } from "../components/UserEditModal";

type Filters = Pick<FindUsersParams, "q" | "orgId" | "isActive">;
const STATUS_OPTIONS = [
  { value: "true", label: "启用" },
  { value: "false", label: "停用" },
];

export function UsersPage() {
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({});
  const [pagination, setPagination] = useState({ page: 1, pageSize: 20 });
  const [isCreating, setIsCreating] = useState(false);
  const [editingUser, setEditingUser] = useState<User>();
  const [togglingId, setTogglingId] = useState<string>();

  const query = useApiQuery((signal) => findUsers({ ...filters, ...pagination }, signal), [filters, pagination]);

  const handleFilterChange = (change: Filters) => {
    setFilters((current) => ({ ...current, ...change }));
    setPagination((current) => ({ ...current, page: 1 }));
  };

  const handleToggleActive = async (user: User) => {
    setTogglingId(user.id);
    try {
      await updateUser(user.id, { isActive: !user.isActive });
      message.success(user.isActive ? `已停用“${user.displayName}”` : `已启用“${user.displayName}”`);
      query.reload();
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setTogglingId(undefined);
    }
  };

  const columns: TableColumnsType<User> = [
    { title: "用户名", dataIndex: "username" },
    { title: "姓名", dataIndex: "displayName" },
    { title: "角色", dataIndex: "role", render: (role: User["role"]) => ROLE_LABELS[role] },
    { title: "所属组织", dataIndex: "orgName", ellipsis: true },
    {
      title: "状态",
      dataIndex: "isActive",
      width: 90,
      render: (isActive: boolean) => (isActive ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
    },
    { title: "创建时间", dataIndex: "createdAt", width: 170, render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm") },
    {
      title: "操作",
      key: "actions",
      width: 200,
      render: (_, user) =>
        user.abilities.canUpdate && (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditingUser(user)}>
              修改角色/所属组织
            </Button>
            <Popconfirm
              title={user.isActive ? "确定停用该用户？" : "确定启用该用户？"}
              description={user.isActive ? "停用后，该用户的所有登录会话将立即结束，且不能再登录。" : "启用后，该用户可以重新登录。"}
              okText={user.isActive ? "停用" : "启用"}
              okButtonProps={{ danger: user.isActive }}
              onConfirm={() => handleToggleActive(user)}
            >
              <Button type="link" size="small" danger={user.isActive} loading={togglingId === user.id}>
                {user.isActive ? "停用" : "启用"}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  return (
    <Card title="用户管理">
      <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            placeholder="搜索用户名或姓名"
            allowClear
            maxLength={50}
            style={{ width: 240 }}
            onSearch={(value) => handleFilterChange({ q: value.trim() || undefined })}
          />
          <div style={{ width: 260 }}>
            <OrgTreeSelect placeholder="全部组织" value={filters.orgId} onChange={(orgId) => handleFilterChange({ orgId })} />
          </div>
          <Select
            placeholder="全部状态"
            allowClear
            style={{ width: 120 }}
            options={STATUS_OPTIONS}
            onChange={(value?: string) => handleFilterChange({ isActive: value === undefined ? undefined : value === "true" })}
          />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
          新建用户
        </Button>
      </Flex>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Table<User>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isLoading}
        pagination={{
          current: pagination.page,
          pageSize: pagination.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 个用户`,
          onChange: (page, pageSize) => setPagination({ page, pageSize }),
        }}
      />
      {isCreating && (
        <UserCreateModal
          onClose={() => setIsCreating(false)}
          onCreated={() => {
            setIsCreating(false);
            query.reload();
          }}
        />
      )}
      {editingUser && (
        <UserEditModal
          user={editingUser}
          onClose={() => setEditingUser(undefined)}
          onUpdated={() => {
            setEditingUser(undefined);
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
