/**
 * `/api/schema/document.json` and `/api/schema/duties.json`: the JSON Schema
 * of each published JSON file, generated from src/schemas/export.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchemas } from '../../../schemas/export.ts';

type Name = keyof typeof exportJsonSchemas;

export const getStaticPaths = (() => Object.keys(exportJsonSchemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(exportJsonSchemas[params.name as Name]());
