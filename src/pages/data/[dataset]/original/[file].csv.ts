import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import type { FileMeta } from '../../../../datasets/load.ts';
import { allDatasets, originalPath } from '../../../../publish/siteData.ts';
import { fileStem } from '../../../../publish/downloads.ts';

/**
 * /data/<dataset>/original/<file>.csv: the data file byte for byte as the source published it (before the
 * loader's corrections; it may have a preamble, no header or a byte-order mark, as described in dataset.json).
 * It is served only after the dataset passed validation, because allDatasets() loads every dataset first.
 */
export const getStaticPaths: GetStaticPaths = () =>
  allDatasets().flatMap((ds) => ds.meta.files.map((file) => ({ params: { dataset: ds.meta.id, file: fileStem(file.path) }, props: { file } })));

export const GET: APIRoute = ({ params, props }) =>
  new Response(readFileSync(originalPath(params.dataset!, (props as { file: FileMeta }).file)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
