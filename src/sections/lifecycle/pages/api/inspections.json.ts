// /api/inspections.json: every row of inspections.csv.
import type { APIRoute } from 'astro';
import { fileResponse } from './file-response.ts';

export const GET: APIRoute = () => fileResponse('inspections');
