import type { ThemeConfig } from "antd";

/** Party red as the accent on a calm neutral base; red stays for actions and emphasis, not for large areas. */
export const PARTY_RED = "#c8102e";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PARTY_RED,
    colorLink: PARTY_RED,
    colorInfo: "#1677ff",
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: PARTY_RED, headerHeight: 56, headerPadding: "0 24px", bodyBg: "#f5f5f5", siderBg: "#fff", triggerBg: "#fafafa", triggerColor: "#595959" },
    Menu: { itemSelectedBg: "#fff1f0", itemSelectedColor: PARTY_RED, subMenuItemSelectedColor: PARTY_RED },
    Table: { headerBg: "#fafafa" },
  },
};
