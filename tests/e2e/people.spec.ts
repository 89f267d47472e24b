/**
 * The journalists' pages and the masthead, on the production build of the example content: what an
 * author page tells readers (desk, subjects, languages, contact, profiles elsewhere) and crawlers
 * (the Person's jobTitle, knowsAbout, knowsLanguage, sameAs, worksFor), and the masthead's desks, in
 * the configured order, with links that work both ways.
 */
import { expect, test, type Page } from '@playwright/test';
import { desks } from '../../lib/config/desks';
import { expectFrameworkFree } from './support/framework-free';
import { isJson, jsonLdGraph, type Json } from './support/json-ld';

function only(nodes: Json[], type: string): Json {
  const found = nodes.filter((n) => n['@type'] === type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  const [node] = found;
  if (!node) throw new Error(`no ${type}`);
  return node;
}

/** The rows of the author's facts as [term, description] pairs. */
function factRows(page: Page): Promise<string[][]> {
  return page
    .locator('[data-author-facts] dt')
    .evaluateAll((dts) => dts.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']));
}

test('an author page shows role, desk, bio, subjects, languages, contact and profiles above the stories', async ({
  page,
}) => {
  expect((await page.goto('/authors/amara-okafor'))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amara Okafor');
  await expect(page.getByText('Science correspondent', { exact: true })).toBeVisible();
  await expect(page.getByText(/trained as a marine biologist/)).toBeVisible();
  expect(await factRows(page)).toEqual([
    ['Desk', 'Technology and science'],
    ['Covers', 'ocean science, climate, coastal ecology, and research funding'],
    ['Languages', 'English and Igbo'],
    ['Email', 'amara.okafor@meridian-news.example'],
    ['Elsewhere', 'Amara Okafor on BlueskyAmara Okafor on Mastodon'],
  ]);
  const facts = page.locator('[data-author-facts]');
  await expect(facts.getByRole('link', { name: 'amara.okafor@meridian-news.example' })).toHaveAttribute(
    'href',
    'mailto:amara.okafor@meridian-news.example',
  );
  await expect(facts.getByRole('link', { name: 'Amara Okafor on Bluesky' })).toHaveAttribute(
    'href',
    'https://bsky.app/profile/amaraokafor.bsky.social',
  );
  // The facts come before the list of stories.
  const factsTop = (await facts.boundingBox())?.y ?? Infinity;
  const storiesTop = (await page.getByRole('heading', { level: 2, name: 'Stories by Amara Okafor' }).boundingBox())?.y;
  expect(factsTop).toBeLessThan(storiesTop ?? -Infinity);
});

test('an author page’s Person has jobTitle, knowsAbout, knowsLanguage, sameAs and worksFor', async ({ page }) => {
  await page.goto('/authors/amara-okafor');
  const graph = await jsonLdGraph(page);
  const person = only(graph, 'Person');
  expect(only(graph, 'ProfilePage').mainEntity).toEqual({ '@id': person['@id'] });
  expect(person).toMatchObject({
    name: 'Amara Okafor',
    jobTitle: 'Science correspondent',
    knowsAbout: ['ocean science', 'climate', 'coastal ecology', 'research funding'],
    knowsLanguage: [
      { '@type': 'Language', name: 'English', alternateName: 'en' },
      { '@type': 'Language', name: 'Igbo', alternateName: 'ig' },
    ],
    email: 'amara.okafor@meridian-news.example',
    sameAs: ['https://bsky.app/profile/amaraokafor.bsky.social', 'https://mastodon.social/@amaraokafor'],
  });
  expect(person.description).toMatch(/^Covers oceans, climate/);
  expect(person.image).toMatch(/\/images\/authors\/amara-okafor\.jpg$/);
  // worksFor resolves, in the same graph, to the newsroom.
  const organization = only(graph, 'NewsMediaOrganization');
  expect(person.worksFor).toEqual({ '@id': organization['@id'] });
});

test('an author page links their desk on the masthead', async ({ page }) => {
  await page.goto('/authors/daniel-reyes');
  await expect(page.getByText('Signal: +1 212 555 0148', { exact: false })).toBeVisible();
  await page.locator('[data-author-facts]').getByRole('link', { name: 'Standards' }).click();
  await expect(page).toHaveURL(/\/about\/masthead#standards$/);
  await expect(page.locator('#standards')).toHaveText('Standards');
  await expect(page.locator('#standards')).toBeInViewport();
});

test('the masthead lists the people by desk, in the newsroom’s order', async ({ page }) => {
  const response = await page.goto('/about/masthead');
  expect(response?.status()).toBe(200);
  expectFrameworkFree(await response!.text(), '/about/masthead');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masthead');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText([
    'Home',
    'About us',
    'Masthead',
  ]);
  const shown = await page.getByRole('heading', { level: 2 }).allTextContents();
  const onMasthead = shown.filter((name) => desks.some((desk) => desk.name === name));
  expect(onMasthead).toEqual(['Editors', 'Standards', 'World', 'Business', 'Technology and science']);
  // Desks follow lib/config/desks.ts.
  const order: string[] = desks.map((desk) => desk.name);
  expect(onMasthead.map((name) => order.indexOf(name))).toEqual(
    onMasthead.map((name) => order.indexOf(name)).sort((a, b) => a - b),
  );
  const science = page.getByRole('region', { name: 'Technology and science' });
  await expect(science.getByRole('heading', { level: 3 })).toHaveText(['Amara Okafor', 'Priya Raman']);
  await expect(science.getByText('Technology and culture reporter')).toBeVisible();
  const editors = page.getByRole('region', { name: 'Editors' });
  await expect(editors.getByRole('heading', { level: 3 })).toHaveText(['Margaret Osei']);
  await expect(editors.getByText('Editor-in-chief')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Standards' }).getByText(/corrections, readers' complaints/),
  ).toBeVisible();
});

test('every name on the masthead opens that person’s page', async ({ page, request }) => {
  await page.goto('/about/masthead');
  const links = await page
    .locator('[data-masthead-desk] h3 a')
    .evaluateAll((as) => as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
  expect(links.length).toBeGreaterThanOrEqual(6);
  for (const [name, href] of links) {
    expect(href).toMatch(/^\/authors\/[a-z0-9-]+$/);
    const response = await request.get(href!);
    expect(response.status(), href).toBe(200);
    expect(await response.text()).toContain(`>${name}</h1>`);
  }
  await page.getByRole('link', { name: 'Daniel Reyes' }).click();
  await expect(page).toHaveURL(/\/authors\/daniel-reyes$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daniel Reyes');
});

test('the masthead’s JSON-LD lists the same people as the page, each the Person of their own page', async ({
  page,
}) => {
  await page.goto('/about/masthead');
  const graph = await jsonLdGraph(page);
  const collection = only(graph, 'CollectionPage');
  const organization = only(graph, 'NewsMediaOrganization');
  expect(collection.about).toEqual({ '@id': organization['@id'] });
  const list = collection.mainEntity;
  if (!isJson(list) || !Array.isArray(list.itemListElement)) throw new Error('no ItemList');
  const people = list.itemListElement.map((entry: unknown) => (isJson(entry) && isJson(entry.item) ? entry.item : {}));
  const names = await page.locator('[data-masthead-desk] h3').allTextContents();
  expect(people.map((p) => p.name)).toEqual(names);
  for (const person of people) {
    expect(person['@type']).toBe('Person');
    expect(person['@id']).toBe(`${String(person.url)}#person`);
    expect(typeof person.jobTitle).toBe('string');
  }
  expect(only(graph, 'BreadcrumbList').itemListElement).toHaveLength(3);
});

test('the authors index links the masthead, and the sitemap lists it', async ({ page, request }) => {
  await page.goto('/authors');
  await page.getByRole('link', { name: 'the masthead' }).click();
  await expect(page).toHaveURL(/\/about\/masthead$/);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/about\/masthead<\/loc>/);
});
