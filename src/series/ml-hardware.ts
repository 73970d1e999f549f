import { defineSeries } from './define.ts';
import { mlHardware } from './inputs.ts';

/** Typed view of Epoch's hardware list: readers download it as the dataset epoch-ml-hardware. */
export default defineSeries({
  id: 'ml-hardware',
  title: 'Machine-learning chips: release, price, 16-bit performance and memory (Epoch AI)',
  description: 'One row per chip in Epoch’s list, with the columns the charts use.',
  datasets: ['epoch-ml-hardware'],
  download: false,
  from: mlHardware,
  columns: {
    chip: { description: 'Hardware name.', value: (r) => String(r['Hardware name']) },
    maker: { description: 'Manufacturer.', value: (r) => r.Manufacturer as string | null },
    released: { description: 'Release date (YYYY-MM-DD), empty if unknown.', value: (r) => r['Release date'] as string | null },
    price_usd: { unit: 'USD', description: 'Release price.', value: (r) => r['Release price (USD)'] as number | null },
    tensor_flops: { unit: 'FLOP/s', description: 'Tensor FP16/BF16 performance.', value: (r) => r['Tensor-FP16/BF16 performance (FLOP/s)'] as number | null },
    memory_bytes: { unit: 'bytes', description: 'Memory.', value: (r) => r['Memory (bytes)'] as number | null },
    tdp_w: { unit: 'W', description: 'Thermal design power.', value: (r) => r['TDP (W)'] as number | null },
    max_performance: { description: 'Epoch’s "Max performance" column (0 where it has none).', value: (r) => r['Max performance'] as number | null },
    energy_efficiency: { description: 'Epoch’s "Energy efficiency" column (0 where it has none).', value: (r) => r['Energy efficiency'] as number | null },
  },
});
