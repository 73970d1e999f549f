import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { allDatasets, fileStem } from '../../../lib/datasetSummary.ts';

/** The original data file, byte for byte as published by its source (after validation at build). */
export const getStaticPaths: GetStaticPaths = () =>
  allDatasets().flatMap((ds) => ds.meta.files.map((f) => ({ params: { dataset: ds.meta.id, file: fileStem(f.path) }, props: { path: `content/data/${ds.meta.id}/${f.path}` } })));

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { path: string }).path), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
