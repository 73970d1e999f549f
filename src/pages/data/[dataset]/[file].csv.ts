import type { APIRoute, GetStaticPaths } from 'astro';
import type { FileMeta } from '../../../datasets/load.ts';
import { allDatasets, csvText } from '../../../publish/siteData.ts';
import { fileStem } from '../../../publish/downloads.ts';

/**
 * /data/<dataset>/<file-stem>.csv: the validated rows of one data file, corrections applied, written back out with
 * the original column names (src/publish/downloads.ts rowsToCsv). The file as published is at original/.
 */
export const getStaticPaths: GetStaticPaths = () =>
  allDatasets().flatMap((ds) => ds.meta.files.map((file) => ({ params: { dataset: ds.meta.id, file: fileStem(file.path) }, props: { file } })));

export const GET: APIRoute = ({ params, props }) =>
  new Response(csvText(params.dataset!, (props as { file: FileMeta }).file), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
