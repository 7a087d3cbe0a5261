// /api/tenders.json: every lot of tenders.csv with its flags.
import type { APIRoute } from 'astro';
import { fileResponse } from '../../../lifecycle/pages/api/file-response.ts';

export const GET: APIRoute = () => fileResponse('tenders');
