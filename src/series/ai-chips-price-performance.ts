import { defineTable } from './define.ts';
import hardware from './ml-hardware.ts';

/** AI chips with a launch price and 16-bit tensor performance: data-centre accelerators and consumer graphics cards. */
export default defineTable({
  id: 'ai-chips-price-performance',
  title: 'AI chips by launch price and 16-bit tensor performance (Epoch AI)',
  description: 'Chips of Epoch’s hardware list with a release price and tensor FP16/BF16 performance; TFLOP/s to 2 decimals, memory in GB.',
  datasets: ['epoch-ml-hardware'],
  download: false,
  from: () =>
    hardware
      .rows()
      .filter((r) => r.price_usd != null && Number(r.tensor_flops) > 0)
      .map((r) => ({
        chip: r.chip, maker: r.maker, released: r.released ?? '',
        price_usd: Number(r.price_usd), tflops: Math.round(Number(r.tensor_flops) / 1e10) / 100,
        memory_gb: r.memory_bytes != null ? Math.round(r.memory_bytes / 1e9) : null,
        kind: /GeForce|RTX/.test(r.chip) ? 'gaming card' : 'data-centre chip',
      })),
  columns: {
    chip: { description: 'Hardware name.' },
    maker: { description: 'Manufacturer.' },
    released: { description: 'Release date, empty if unknown.' },
    price_usd: { unit: 'USD', description: 'Release price.' },
    tflops: { unit: 'TFLOP/s', description: 'Tensor FP16/BF16 performance.' },
    memory_gb: { unit: 'GB', description: 'Memory.' },
    kind: { description: '"gaming card" or "data-centre chip".' },
  },
});
