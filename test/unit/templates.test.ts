import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dateValues, fillTemplate, newReleaseValues, TEMPLATE_FIELD_MARKERS } from '../../src/core/templates';
import { lint } from '../../src/core/lint/engine';
import { profiles } from '../../src/core/profiles/index';
import { TEMPLATE_MARKERS } from '../../src/core/rules/placeholder-unfilled';

const root = join(__dirname, '..', '..');

it('fills every profile template into valid front matter, even with quotes and backslashes in values', () => {
  const tricky = 'Hội nghị "Chuyển đổi số" C:\\dữ liệu: năm 2026';
  for (const profile of Object.values(profiles)) {
    const template = readFileSync(join(root, 'templates', profile.template), 'utf8');
    const text = fillTemplate(template, { ...dateValues('2026-04-05'), title: tricky, author: 'Bích Ngọc', unit: 'Sở Khoa học và Công nghệ', agency: 'Sở Khoa học và Công nghệ', parentAgency: 'UBND tỉnh Đồng Tháp' });
    const yaml = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
    const data = parse(yaml) as Record<string, unknown>;
    assert.equal(data['title'], tricky, profile.id);
    assert.equal(data['profile'], profile.id);
    assert.equal(data['date'], '2026-04-05');
    assert.ok(text.includes(`# ${tricky}`), `${profile.id}: the headline carries the title as written`);
  }
});

it('gives day and month without leading zeros, as Vietnamese leads write them', () => {
  assert.deepEqual(dateValues('2026-04-05'), { date: '2026-04-05', year: '2026', month: '4', day: '5' });
});

it('leaves a placeholder without a value for the writer to see', () => {
  assert.equal(fillTemplate('# {{title}}\n', {}), '# {{title}}\n');
});

it('a new release gives each field not given, or given blank, as its […] marker in the release’s language, which placeholder-unfilled reports', () => {
  for (const profile of Object.values(profiles)) {
    const template = readFileSync(join(root, 'templates', profile.template), 'utf8');
    const text = fillTemplate(template, newReleaseValues('2026-04-05', { title: 'Hội nghị tổng kết năm 2026', author: '  ' }, profile.language));
    assert.doesNotMatch(text, /\{\{/, `${profile.id}: no {{…}} left`);
    assert.ok(text.includes(TEMPLATE_FIELD_MARKERS.author[profile.language]), `${profile.id}: the author's marker`);
    const reported = lint(text, { filePath: 'new.md' }).messages.filter((message) => message.ruleId === 'placeholder-unfilled').map((message) => text.slice(message.start, message.end));
    assert.ok(reported.includes(TEMPLATE_FIELD_MARKERS.author[profile.language]), `${profile.id}: ${reported.join(', ')}`);
  }
});

it('every field a template leaves for the writer is one placeholder-unfilled knows', () => {
  for (const profile of Object.values(profiles)) {
    const template = readFileSync(join(root, 'templates', profile.template), 'utf8');
    for (const [marker] of template.matchAll(/\[([^\]\n[]{1,40})\](?!\()/g)) {
      assert.ok((TEMPLATE_MARKERS as readonly string[]).includes(marker.slice(1, -1)), `${profile.template}: ${marker}`);
    }
  }
});
