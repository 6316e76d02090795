import { SafetyCertificateOutlined } from "@ant-design/icons";
import { App, Button, Typography } from "antd";
import { useState } from "react";
import { getErrorMessage } from "../../../lib/api-client";
import { recount } from "../api";

/** 复核测评结果: counts every ballot again and compares with the stored SHA-256 (audited). */
export function RecountButton({ campaignId }: { campaignId: string }) {
  const { modal, message } = App.useApp();
  const [isLoading, setIsLoading] = useState(false);
  const run = async () => {
    setIsLoading(true);
    try {
      const result = await recount(campaignId);
      modal[result.reproducible ? "success" : "error"]({
        title: result.reproducible ? "复核一致" : "复核不一致",
        content: (
          <>
            <p>{result.reproducible ? `重新统计 ${result.ballots} 张测评票，结果与保存的统计完全一致。` : "重新统计的结果与保存的统计不一致，请联系上级党委核查。"}</p>
            <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: "break-all" }}>
              SHA-256：{result.recountedHash}
            </Typography.Text>
          </>
        ),
      });
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsLoading(false);
    }
  };
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={isLoading} onClick={run}>
      复核测评结果
    </Button>
  );
}
