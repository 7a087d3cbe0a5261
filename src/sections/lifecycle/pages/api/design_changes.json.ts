// /api/design_changes.json: every row of design_changes.csv.
import type { APIRoute } from 'astro';
import { fileResponse } from './file-response.ts';

export const GET: APIRoute = () => fileResponse('design_changes');
