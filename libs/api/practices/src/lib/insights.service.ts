import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@sce/api-core';
import type { InsightsQuery, PracticeInsights, Showcase, TransferInsights } from '@sce/shared-contracts';
import type { DataSource } from 'typeorm';
import { PRACTICE_SUMMARY_SELECT, type SummaryRow, scoresOf, toSummary, visibleTo } from './practices.service';

/** The practices a query narrows to, as SQL conditions on `p` (practice) and `o` (its organisation). */
function practiceFilter(viewer: Viewer | null, query: InsightsQuery, params: unknown[]): string {
  const conditions = [visibleTo(viewer)];
  if (query.domain) conditions.push(`p.domain = $${params.push(query.domain)}`);
  if (query.maturity) conditions.push(`p.maturity = $${params.push(query.maturity)}`);
  if (query.country) conditions.push(`o.country = $${params.push(query.country)}`);
  return conditions.join(' AND ');
}

/**
 * "What works and why": rankings, per-domain and per-country aggregates, the flows of transfers
 * between countries and the factors people name — all computed by PostgreSQL.
 */
@Injectable()
export class InsightsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async practices(viewer: Viewer | null, query: InsightsQuery): Promise<PracticeInsights> {
    const params: unknown[] = [];
    const where = practiceFilter(viewer, query, params);
    const byScore: SummaryRow[] = await this.dataSource.query(
      `${PRACTICE_SUMMARY_SELECT} WHERE ${where} AND ev.n > 0 ORDER BY (ev.e + ev.s + ev.c + ev.t) / 4 DESC, ev.n DESC, p.id LIMIT 10`,
      params,
    );
    const byAdoptions: SummaryRow[] = await this.dataSource.query(
      `${PRACTICE_SUMMARY_SELECT} WHERE ${where} AND tr.transfers > 0 ORDER BY tr.adoptions DESC, tr.transfers DESC, p.id LIMIT 10`,
      params,
    );
    const aggregates = `FROM practices p JOIN organisations o ON o.id = p.organisation_id
      LEFT JOIN LATERAL (SELECT sum(effectiveness) AS se, sum(user_satisfaction) AS ss, sum(cost_efficiency) AS sc, sum(ease_of_transfer) AS st, count(*) AS n
        FROM practice_evaluations WHERE practice_id = p.id) ev ON true
      LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE stage = 'adopted') AS adoptions FROM practice_transfers WHERE practice_id = p.id) tr ON true
      WHERE ${where}`;
    // Means over every evaluation of the group (not means of means).
    const domains: { domain: PracticeInsights['domains'][number]['domain']; practices: number; adoptions: number; e: string | null; s: string | null; c: string | null; t: string | null; n: number }[] = await this.dataSource.query(
      `SELECT p.domain, count(*)::int AS practices, coalesce(sum(tr.adoptions), 0)::int AS adoptions,
          sum(ev.se)::numeric / nullif(sum(ev.n), 0) AS e, sum(ev.ss)::numeric / nullif(sum(ev.n), 0) AS s,
          sum(ev.sc)::numeric / nullif(sum(ev.n), 0) AS c, sum(ev.st)::numeric / nullif(sum(ev.n), 0) AS t, coalesce(sum(ev.n), 0)::int AS n
        ${aggregates} GROUP BY p.domain ORDER BY p.domain`,
      params,
    );
    const countries: { country: string; practices: number; adoptions: number; overall: string | null }[] = await this.dataSource.query(
      `SELECT o.country, count(*)::int AS practices, coalesce(sum(tr.adoptions), 0)::int AS adoptions,
          sum(ev.se + ev.ss + ev.sc + ev.st)::numeric / nullif(4 * sum(ev.n), 0) AS overall
        ${aggregates} GROUP BY o.country ORDER BY practices DESC, o.country`,
      params,
    );
    return {
      byScore: byScore.map(toSummary),
      byAdoptions: byAdoptions.map(toSummary),
      domains: domains.map((d) => ({ domain: d.domain, practices: d.practices, adoptions: d.adoptions, scores: scoresOf(d) })),
      countries: countries.map((c) => ({ country: c.country, practices: c.practices, adoptions: c.adoptions, overall: c.overall === null ? null : Math.round(Number(c.overall) * 100) / 100 })),
    };
  }

  async transfers(viewer: Viewer | null, query: InsightsQuery): Promise<TransferInsights> {
    const params: unknown[] = [];
    const where = practiceFilter(viewer, query, params);
    const base = `FROM practice_transfers t JOIN practices p ON p.id = t.practice_id JOIN organisations o ON o.id = p.organisation_id JOIN organisations dest ON dest.id = t.to_organisation_id WHERE ${where}`;
    const flows: TransferInsights['flows'] = await this.dataSource.query(
      `SELECT o.country AS "fromCountry", dest.country AS "toCountry", count(*)::int AS transfers,
          count(*) FILTER (WHERE t.stage = 'adopted')::int AS adopted, count(*) FILTER (WHERE t.stage = 'abandoned')::int AS abandoned
        ${base} GROUP BY o.country, dest.country ORDER BY transfers DESC, o.country, dest.country`,
      params,
    );
    const factors = (column: 'success_factors' | 'failure_factors') =>
      this.dataSource.query(`SELECT f AS factor, count(*)::int AS count ${base.replace('WHERE', `CROSS JOIN LATERAL unnest(t.${column}) f WHERE`)} GROUP BY f ORDER BY count DESC, f LIMIT 15`, params) as Promise<{ factor: string; count: number }[]>;
    return { flows, successFactors: await factors('success_factors'), failureFactors: await factors('failure_factors') };
  }

  /** The public exhibition: only public practices and what happened to them. */
  async showcase(): Promise<Showcase> {
    const [totals]: Showcase['totals'][] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM practices WHERE visibility = 'public') AS practices,
          (SELECT count(DISTINCT org)::int FROM (SELECT organisation_id AS org FROM practices WHERE visibility = 'public'
             UNION SELECT t.to_organisation_id FROM practice_transfers t JOIN practices p ON p.id = t.practice_id WHERE p.visibility = 'public') x) AS organisations,
          (SELECT count(DISTINCT o.country)::int FROM organisations o WHERE o.id IN (SELECT organisation_id FROM practices WHERE visibility = 'public'
             UNION SELECT t.to_organisation_id FROM practice_transfers t JOIN practices p ON p.id = t.practice_id WHERE p.visibility = 'public')) AS countries,
          (SELECT count(*)::int FROM practice_transfers t JOIN practices p ON p.id = t.practice_id WHERE p.visibility = 'public') AS transfers,
          (SELECT count(*)::int FROM practice_transfers t JOIN practices p ON p.id = t.practice_id WHERE p.visibility = 'public' AND t.stage = 'adopted') AS adoptions,
          (SELECT count(*)::int FROM practice_evaluations e JOIN practices p ON p.id = e.practice_id WHERE p.visibility = 'public') AS evaluations`,
    );
    const highlights: SummaryRow[] = await this.dataSource.query(
      `${PRACTICE_SUMMARY_SELECT} WHERE p.visibility = 'public' ORDER BY tr.adoptions DESC, coalesce((ev.e + ev.s + ev.c + ev.t) / 4, 0) DESC, p.updated_at DESC LIMIT 6`,
    );
    const recent: { practice_id: string; title: string; stage: Showcase['recentTransfers'][number]['stage']; updated_at: Date; f_id: string; f_name: string; f_country: string; f_city: string | null; t_id: string; t_name: string; t_country: string; t_city: string | null }[] =
      await this.dataSource.query(
        `SELECT t.practice_id, p.title, t.stage, t.updated_at, f.id AS f_id, f.name AS f_name, f.country AS f_country, f.city AS f_city,
            d.id AS t_id, d.name AS t_name, d.country AS t_country, d.city AS t_city
           FROM practice_transfers t JOIN practices p ON p.id = t.practice_id JOIN organisations f ON f.id = p.organisation_id JOIN organisations d ON d.id = t.to_organisation_id
          WHERE p.visibility = 'public' ORDER BY t.updated_at DESC LIMIT 8`,
      );
    const organisations: { id: string; name: string; country: string; city: string | null; practices: number }[] = await this.dataSource.query(
      `SELECT o.id, o.name, o.country, o.city, count(p.id)::int AS practices FROM organisations o
         LEFT JOIN practices p ON p.organisation_id = o.id AND p.visibility = 'public'
        WHERE EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = o.id AND u.status = 'active')
        GROUP BY o.id ORDER BY o.country, o.name`,
    );
    const byCountry = new Map<string, Showcase['countries'][number]['organisations']>();
    for (const o of organisations) byCountry.set(o.country, [...(byCountry.get(o.country) ?? []), o]);
    return {
      totals: totals as Showcase['totals'],
      highlights: highlights.map(toSummary),
      recentTransfers: recent.map((r) => ({
        practiceId: r.practice_id,
        practiceTitle: r.title,
        from: { id: r.f_id, name: r.f_name, country: r.f_country, city: r.f_city },
        to: { id: r.t_id, name: r.t_name, country: r.t_country, city: r.t_city },
        stage: r.stage,
        at: r.updated_at.toISOString(),
      })),
      countries: [...byCountry.entries()].map(([country, orgs]) => ({ country, organisations: orgs })),
    };
  }
}
