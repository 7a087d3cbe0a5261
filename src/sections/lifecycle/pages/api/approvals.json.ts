// /api/approvals.json: every row of approvals.csv.
import type { APIRoute } from 'astro';
import { fileResponse } from './file-response.ts';

export const GET: APIRoute = () => fileResponse('approvals');
