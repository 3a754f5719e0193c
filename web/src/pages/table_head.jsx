// A table's head: one column per label, then — when `actions` is given — the
// column of a row's buttons, labelled for screen readers only.
export function TableHead({ labels, actions }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th scope="col" key={label}>
            {label}
          </th>
        ))}
        {actions && (
          <th scope="col">
            <span class="visually-hidden">{actions}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
