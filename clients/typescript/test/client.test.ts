// Run against a live server whose base URL is in SHANGHAI_API_URL
// (tests/test_clients_typescript.py starts one): `npm test`.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  ApiError,
  createClient,
  expanded,
  type ExportPath,
  type ListPath,
  type ListQuery,
  type Project,
  type Schemas,
} from "../src/index.js";

// True when A and B are the same type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const baseUrl = process.env["SHANGHAI_API_URL"];
if (baseUrl === undefined) {
  throw new Error("SHANGHAI_API_URL is not set");
}
const api = createClient(baseUrl);

test("list follows the cursors through every page", async () => {
  const meta = await api.meta();
  const total = meta.counts["projects"];
  const ids: string[] = [];
  for await (const project of api.list("/v1/projects", { limit: 3, sort: ["name"] })) {
    ids.push(project.id);
  }
  assert.equal(ids.length, total);
  assert.equal(new Set(ids).size, total);
  const first = await api.page("/v1/projects", { limit: 3 });
  assert.equal(first.data.length, 3);
  assert.ok(first.links.next);
});

test("filters and expand are typed, and the expanded relation is on the record", async () => {
  let seen = 0;
  for await (const partner of api.list("/v1/partners", { kind: ["corporate-executive"], expand: ["person"] })) {
    const person: Schemas["Person"] | null = expanded(partner.person);
    assert.equal(person?.id ?? null, partner.person_id ?? null);
    seen += 1;
  }
  assert.ok(seen > 0);
  for await (const project of api.list("/v1/projects", { industry: ["integrated-circuits"], expand: ["industries"] })) {
    const industries: Schemas["Industry"][] = expanded(project.industries);
    assert.deepEqual(
      industries.map((industry) => industry.id),
      project.industry_ids,
    );
  }
});

test("records read without fields are typed whole, with fields sparse", async () => {
  for await (const project of api.list("/v1/projects", { limit: 10 })) {
    const name: string = project.name; // whole: no `string | undefined`
    const park: string | null = project.park_id;
    assert.ok(name.length > 0 && park !== undefined);
  }
  // `fields: undefined` is no fields: whole records, under the record's own type name.
  const unsparse = await api.page("/v1/projects", { fields: undefined, limit: 2 });
  const whole: Project[] = unsparse.data;
  assert.equal(whole.length, 2);
  // A `fields` that may be undefined (passed on from a caller): whole or sparse.
  const pageOf = (fields: ListQuery<"/v1/projects">["fields"] | undefined) => api.page("/v1/projects", { fields, limit: 2 });
  const either = await pageOf(undefined);
  const name: string | undefined = either.data[0]?.name;
  assert.ok(name !== undefined && either.data.length === 2);
  const page = await api.page("/v1/organizations", { limit: 2 });
  const roles: string[] = page.data[0]?.roles ?? [];
  assert.ok(Array.isArray(roles));
  for await (const project of api.list("/v1/projects", { fields: ["name"], limit: 10 })) {
    const name: string | undefined = project.name;
    assert.ok(name !== undefined && !("year" in project));
  }
  const project = await api.get("/v1/projects/{project_id}", "bilibili-new-headquarters", { expand: ["industries"] });
  const industryIds: string[] = project.industry_ids;
  assert.deepEqual(expanded(project.industries).map((industry) => industry.id), industryIds);
  const sparse = await api.get("/v1/documents/{document_id}", "shanghai-investment-conference-2021", { fields: ["title"] });
  assert.equal(sparse.id, "shanghai-investment-conference-2021");
  await assert.rejects(api.get("/v1/projects/{project_id}", "no-such-project"), (error: unknown) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 404);
    assert.equal(error.title, "Not found");
    assert.ok(error.detail.includes("no-such-project"), error.detail);
    return true;
  });
  // Autocomplete answers one list of suggestions, not pages that a cursor follows: `list` does not take it.
  const autocompleteIsNotAList: "/v1/autocomplete" extends ListPath ? false : true = true;
  assert.ok(autocompleteIsNotAList);
  // Only lists export as text (a record's BibTeX is asked for by its list: `/v1/documents?id=...`).
  const exportPaths: Same<ExportPath, "/v1/projects" | "/v1/documents"> extends true ? true : false = false;
  assert.equal(exportPaths, false, "more lists than these export");
  const recordsAreNotExports: "/v1/documents/{document_id}" extends ExportPath ? false : true = true;
  const metaIsNotAnExport: "/v1/meta" extends ExportPath ? false : true = true;
  assert.ok(recordsAreNotExports && metaIsNotAnExport);
  // And `list`, `page` and `get` answer JSON: they take no `format`.
  const listsTakeNoFormat: "format" extends keyof ListQuery<"/v1/projects"> ? false : true = true;
  assert.ok(listsTakeNoFormat);
});

test("exports are read as text", async () => {
  const csv = await api.text("/v1/projects", { format: "csv", industry: ["bio-medicine"] });
  assert.ok(csv.startsWith("id,"), csv.slice(0, 80));
  const groups = await api.text("/v1/projects/groups", { by: "year", format: "csv" });
  assert.ok(groups.startsWith("key,label,count"), groups.slice(0, 80));
  const bibtex = await api.text("/v1/documents", { format: "bibtex", language: ["zh"] });
  assert.ok(bibtex.startsWith("@"), bibtex.slice(0, 80));
  await assert.rejects(api.text("/v1/projects", { format: "csv", limit: 0 }), (error: unknown) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, "invalid_parameter");
    return true;
  });
});

test("a record through the typed openapi-fetch client", async () => {
  const { data } = await api.raw.GET("/v1/partners/{partner_id}", {
    params: { path: { partner_id: "semi" }, query: { expand: ["organization"] } },
  });
  assert.ok(data);
  assert.equal(data.id, "semi");
  assert.equal(data.person, undefined, "a relation is absent unless expanded");
  assert.ok(data.organization === null || data.organization?.id === data.organization_id);
});

test("search is a list like the others", async () => {
  const hits = [];
  for await (const hit of api.list("/v1/search", { q: "Shanghai", limit: 5 })) {
    hits.push(hit);
  }
  assert.ok(hits.length > 5);
  assert.ok(hits.every((hit) => hit.snippet.length > 0));
});

test("an error answer is an ApiError with the problem document", async () => {
  await assert.rejects(
    async () => {
      for await (const project of api.list("/v1/projects", { limit: 500 })) {
        assert.fail(`no page expected, got ${project.id}`);
      }
    },
    (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 400);
      assert.equal(error.code, "invalid_parameter");
      assert.deepEqual(
        error.errors.map((problem) => problem.parameter),
        ["limit"],
      );
      assert.ok(error.requestId);
      return true;
    },
  );
});

test("the database downloads as a SQLite file", async () => {
  const database = new Uint8Array(await api.database());
  assert.equal(new TextDecoder().decode(database.slice(0, 15)), "SQLite format 3");
});
