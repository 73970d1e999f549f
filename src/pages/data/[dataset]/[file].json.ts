import type { APIRoute, GetStaticPaths } from 'astro';
import type { FileMeta } from '../../../datasets/load.ts';
import { allDatasets, jsonText } from '../../../publish/siteData.ts';
import { fileStem } from '../../../publish/downloads.ts';

/**
 * /data/<dataset>/<file-stem>.json: the dataset's provenance (source, licence, attribution, citation, retrieved,
 * data as of, caveats, corrections), the file's columns with types and units, and every validated row.
 */
export const getStaticPaths: GetStaticPaths = () =>
  allDatasets().flatMap((ds) => ds.meta.files.map((file) => ({ params: { dataset: ds.meta.id, file: fileStem(file.path) }, props: { file } })));

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(jsonText(params.dataset!, (props as { file: FileMeta }).file, site), { headers: { 'Content-Type': 'application/json' } });
