/**
 * The colours of the app's charts: its primary colour (party red, from the antd theme token) first,
 * then warm golds and calm slates that sit with it. Kept apart from ChartCard so that a page can
 * colour a progress bar like its chart without loading ECharts.
 */
export const chartColors = (primary: string) => [primary, "#e6a23c", "#4e6e8e", "#e8684a", "#5a9e8f", "#9b6b43", "#7c6fb0", "#d4b106"];
