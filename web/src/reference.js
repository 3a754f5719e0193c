// Reference data the pages show names from: units, provinces (current and
// former) and countries, loaded once per session. Resolves with
// {units, provinces, countries} as Maps by code, plus the province list.
export async function loadReference(api) {
  const [units, provinces, countries] = await Promise.all([
    api.get('/api/v1/units'),
    api.get('/api/v1/provinces'),
    api.get('/api/v1/countries'),
  ]);
  const byCode = (items) => new Map(items.map((x) => [x.code, x]));
  return {
    units: byCode(units.items),
    provinces: byCode(provinces.items),
    provinceList: provinces.items,
    countries: byCode(countries.items),
  };
}
