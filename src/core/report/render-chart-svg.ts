// Renders a report chart to an SVG string with ECharts' server-side renderer (no DOM; the chart is disposed after).
import * as echarts from 'echarts';
import type { ReportChart } from './charts/report-data';

export function renderChartSvg(chart: ReportChart): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height });
  try {
    instance.setOption(chart.option);
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
