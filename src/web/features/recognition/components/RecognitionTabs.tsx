import { Tabs } from "antd";
import { useNavigate } from "react-router";

const TABS = [
  { key: "/care/recognition", label: "表彰推荐" },
  { key: "/care/recognition/honours", label: "荣誉榜" },
];

/** The two lists of 创先争优 as tabs above each page: the nominations and the honours board. */
export function RecognitionTabs({ active }: { active: "nominations" | "honours" }) {
  const navigate = useNavigate();
  return <Tabs activeKey={active === "honours" ? TABS[1]!.key : TABS[0]!.key} onChange={(key) => navigate(key)} items={TABS} style={{ marginTop: -12 }} />;
}
