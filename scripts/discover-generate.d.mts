/** Types of scripts/discover-generate.mjs (plain JS so e2e tests and the bench can run it directly). */
export interface PoolOrganisation {
  id: number;
  name: string;
  country: string;
  city: string;
  website?: string;
  type: string;
  address: string;
}
export interface LayoutOptions {
  kind: 'ka1' | 'ka2' | string;
  partners: number;
  extras: string[];
  drifted: boolean;
  pool: PoolOrganisation[];
  seed?: number;
}
export function random(seed: number): () => number;
export function organisationPool(seed?: number, size?: number): PoolOrganisation[];
export function headers(options: Pick<LayoutOptions, 'partners' | 'extras' | 'drifted'>): string[];
export function projectRow(i: number, options: LayoutOptions): string[];
export function generateList(
  path: string,
  options?: {
    kind?: 'ka1' | 'ka2';
    projects?: number;
    megabytes?: number;
    drifted?: boolean;
    seed?: number;
    first?: number;
  },
): Promise<{ rows: number; bytes: number }>;
