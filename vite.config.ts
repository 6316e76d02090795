import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web client lives in src/web; the server serves dist/web and the API under /api on the same origin.
export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Vendor libraries change less often than the app, so they get their own long-cached chunks.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 3 },
            { name: "echarts", test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/, priority: 3 },
            { name: "antd-icons", test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 2 },
            { name: "antd-rc", test: /node_modules[\\/](@rc-component|rc-[a-z-]+|@ant-design|dayjs)[\\/]/, priority: 1 },
            // antd alone is past the 500 kB warning: its data components (tables, pickers, trees) go apart.
            { name: "antd-data", test: /node_modules[\\/]antd[\\/]es[\\/](table|date-picker|calendar|time-picker|tree|tree-select|pagination)[\\/]/, priority: 1 },
            { name: "antd", test: /node_modules[\\/]antd[\\/]/, priority: 0 },
            { name: "zod", test: /node_modules[\\/]zod[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
});
