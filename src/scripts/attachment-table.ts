/**
 * Sorting an attachment's table by a column: each column head becomes a button; rows are sorted
 * within their heading group (a province or a category stays together), numbers as numbers, and a
 * second press reverses. Without the script the table reads in the list's own order.
 */
export function enhanceAttachmentTable(root: Document, label: string): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table.attachment-table')) {
    const heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    heads.forEach((th, column) => {
      const button = root.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.title = label;
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of heads) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const numeric = th.dataset.sort === 'number';
        for (const body of table.tBodies) {
          const rows = [...body.rows].filter((r) => !r.classList.contains('group'));
          const key = (r: HTMLTableRowElement) => r.cells[column]?.textContent?.trim() ?? '';
          rows.sort((a, b) => {
            const order = numeric
              ? (Number(key(a)) || 0) - (Number(key(b)) || 0)
              : key(a).localeCompare(key(b), 'zh-Hans-CN');
            return ascending ? order : -order;
          });
          body.append(...rows);
        }
      });
    });
  }
}
