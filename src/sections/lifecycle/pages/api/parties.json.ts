// /api/parties.json: every row of parties.csv.
import type { APIRoute } from 'astro';
import { fileResponse } from './file-response.ts';

export const GET: APIRoute = () => fileResponse('parties');
