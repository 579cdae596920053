import type { FastifyInstance } from 'fastify';
export interface CdsRouteOptions { readonly version: string; readonly bodyLimit: number }
export async function cdsRoutes(_scope: FastifyInstance, _options: CdsRouteOptions): Promise<void> {}
