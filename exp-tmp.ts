import { importDraft, readText } from './src/core/import/index';
import { toLegacy } from './src/core/lang/legacy-encodings';
import { lint } from './src/core/lint/engine';
const unicode = ['Sở Thông tin và Truyền thông tổ chức tập huấn chuyển đổi số','Sáng 9/5/2026, Sở Thông tin và Truyền thông tổ chức lớp tập huấn chuyển đổi số cho cán bộ cấp xã./.','Bích Ngọc – Sở Thông tin và Truyền thông'].join('\n\n');
const r = importDraft(readText(toLegacy(unicode, 'tcvn3')!));
console.log(r.markdown); for (const m of lint(r.markdown, {lang:'en'}).messages) console.log(m.line, m.column, m.ruleId, m.message);
