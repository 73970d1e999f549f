import type { APIRoute, GetStaticPaths } from 'astro';
import { allDatasets, fileStem } from '../../../lib/datasetSummary.ts';
import { loadDataset } from '../../../datasets/load.ts';

/** The validated rows of one data file with the dataset's metadata: source, licence, citation, columns, caveats. */
export const getStaticPaths: GetStaticPaths = () =>
  allDatasets().flatMap((ds) => ds.meta.files.map((f) => ({ params: { dataset: ds.meta.id, file: fileStem(f.path) }, props: { file: f.path } })));

export const GET: APIRoute = ({ params, props }) => {
  const ds = loadDataset(params.dataset!);
  const file = ds.meta.files.find((f) => f.path === (props as { file: string }).file)!;
  const { files: _files, ...meta } = ds.meta;
  const body = { ...meta, file: { ...file }, rows: ds.tables[file.path] };
  return new Response(JSON.stringify(body) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
