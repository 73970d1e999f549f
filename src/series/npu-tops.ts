import { defineSeries } from './define.ts';
import { npuTops } from './inputs.ts';

/** Typed view of the NPU file: readers download it as the dataset npu-tops. */
export default defineSeries({
  id: 'npu-tops',
  title: 'Claimed peak TOPS of phone and laptop AI accelerators',
  description: 'One row per chip (and one for Microsoft’s Copilot+ PC requirement): vendor, device class, announcement and the claimed TOPS range.',
  datasets: ['npu-tops'],
  download: false,
  from: npuTops,
  columns: {
    chip: { description: 'Chip or accelerator as named by the source.', value: (r) => String(r.chip) },
    vendor: { description: 'Vendor.', value: (r) => String(r.vendor) },
    device_class: { description: 'phone, laptop, tablet or desktop.', value: (r) => String(r.device_class) },
    announced: { description: 'Announcement date as given.', value: (r) => String(r.announced) },
    tops_low: { unit: 'TOPS', description: 'Low end of the claimed peak.', value: (r) => Number(r.tops_low) },
    tops_high: { unit: 'TOPS', description: 'High end of the claimed peak.', value: (r) => Number(r.tops_high) },
    source_name: { description: 'Who published the figure.', value: (r) => String(r.source_name) },
  },
});
