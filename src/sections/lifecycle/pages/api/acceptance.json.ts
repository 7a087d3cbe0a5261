// /api/acceptance.json: every row of acceptance.csv.
import type { APIRoute } from 'astro';
import { fileResponse } from './file-response.ts';

export const GET: APIRoute = () => fileResponse('acceptance');
