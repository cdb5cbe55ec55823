// Run against a live server whose base URL is in SHANGHAI_API_URL
// (tests/test_clients_typescript.py starts one): `npm test`.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ApiError, createClient, expanded, type Schemas } from "../src/index.js";

const baseUrl = process.env["SHANGHAI_API_URL"];
if (baseUrl === undefined) {
  throw new Error("SHANGHAI_API_URL is not set");
}
const api = createClient(baseUrl);

function isProject(record: Schemas["Project"] | Schemas["ProjectSparse"]): record is Schemas["Project"] {
  return "industry_ids" in record && "sources" in record;
}

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
    assert.ok(isProject(project));
    const industries: Schemas["Industry"][] = expanded(project.industries);
    assert.deepEqual(
      industries.map((industry) => industry.id),
      project.industry_ids,
    );
  }
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
