//! The unit table: canonical codes, dimensions, conversion to each dimension's base unit, and
//! the words and symbols that name each unit before or after a number.
//!
//! The table is data ([`UNITS`], [`CURRENCY_PREFIXES`]); [`Units`] compiles it into hash maps
//! keyed by token sequences so that "km/h", "km / h" and "kilometres per hour" all match with
//! one look-up per candidate length. Rules may add units with [`Units::add`].
//!
//! Alias syntax: `|` separates aliases; an alias starting with `=` matches case-sensitively
//! (short symbols such as `=m`, `=Mt`); one starting with `^` must be glued to the number
//! ("1.5C" but not "1.5 C"). Everything else matches case-insensitively as whole tokens.

use super::token::{TokKind, Tokens};
use crate::claim::Dimension;
use rustc_hash::FxHashMap;

/// One unit: `value_in_base = value * factor + offset`.
#[derive(Debug, Clone)]
pub struct UnitDef {
    pub code: &'static str,
    pub dimension: Dimension,
    pub factor: f64,
    pub offset: f64,
    /// The base unit of the dimension ("m", "kg", or the currency code itself).
    pub base: &'static str,
}

use Dimension as D;

/// (code, dimension, factor to base, base code, aliases after a number)
type Row = (&'static str, Dimension, f64, &'static str, &'static str);

#[rustfmt::skip]
pub const UNITS: &[Row] = &[
    // Currencies: each is its own base; no exchange rates.
    ("USD", D::Currency, 1.0, "USD", "usd|us dollar|us dollars|u.s. dollar|u.s. dollars|dollar|dollars|american dollars|$"),
    ("EUR", D::Currency, 1.0, "EUR", "eur|euro|euros|€"),
    ("GBP", D::Currency, 1.0, "GBP", "gbp|pound|pounds|pounds sterling|pound sterling|sterling|£"),
    ("CNY", D::Currency, 1.0, "CNY", "cny|rmb|yuan|renminbi|chinese yuan|元"),
    ("RUB", D::Currency, 1.0, "RUB", "rub|ruble|rubles|rouble|roubles|russian rubles|russian roubles|₽"),
    ("JPY", D::Currency, 1.0, "JPY", "jpy|yen|japanese yen|¥"),
    ("INR", D::Currency, 1.0, "INR", "inr|rupee|rupees|indian rupees|₹"),
    ("CAD", D::Currency, 1.0, "CAD", "cad|canadian dollar|canadian dollars"),
    ("AUD", D::Currency, 1.0, "AUD", "aud|australian dollar|australian dollars"),
    ("CHF", D::Currency, 1.0, "CHF", "chf|swiss franc|swiss francs|franc|francs"),
    ("HKD", D::Currency, 1.0, "HKD", "hkd|hong kong dollar|hong kong dollars"),
    ("KRW", D::Currency, 1.0, "KRW", "krw|won|korean won|₩"),
    ("BRL", D::Currency, 1.0, "BRL", "brl|reais|brazilian real|brazilian reais"),
    ("MXN", D::Currency, 1.0, "MXN", "mxn|peso|pesos|mexican peso|mexican pesos"),
    ("SGD", D::Currency, 1.0, "SGD", "sgd|singapore dollar|singapore dollars"),
    ("NZD", D::Currency, 1.0, "NZD", "nzd|new zealand dollar|new zealand dollars"),
    ("SEK", D::Currency, 1.0, "SEK", "sek|swedish krona|swedish kronor|kronor"),
    ("NOK", D::Currency, 1.0, "NOK", "nok|norwegian krone|norwegian kroner"),
    ("DKK", D::Currency, 1.0, "DKK", "dkk|danish krone|danish kroner"),
    ("ZAR", D::Currency, 1.0, "ZAR", "zar|rand|south african rand"),
    ("TRY", D::Currency, 1.0, "TRY", "=TRY|lira|liras|turkish lira"),
    ("PLN", D::Currency, 1.0, "PLN", "pln|zloty|zlotys|zlotych"),
    ("USc", D::Currency, 0.01, "USD", "cent|cents|¢"),
    ("GBp", D::Currency, 0.01, "GBP", "pence|penny|pennies"),
    ("BTC", D::Currency, 1.0, "BTC", "btc|bitcoin|bitcoins|₿"),
    ("sat", D::Currency, 1e-8, "BTC", "sat|sats|satoshi|satoshis"),
    ("GEL", D::Currency, 1.0, "GEL", "gel|lari|₾"),
    ("LAK", D::Currency, 1.0, "LAK", "lak|kip|₭"),
    ("CRC", D::Currency, 1.0, "CRC", "crc|₡"),
    // Currencies the euro replaced: old newswire (and archives) still quote them.
    ("DEM", D::Currency, 1.0, "DEM", "dem|deutsche mark|deutsche marks|deutschmark|deutschmarks"),
    ("FRF", D::Currency, 1.0, "FRF", "frf|french franc|french francs"),
    ("ESP", D::Currency, 1.0, "ESP", "esp|peseta|pesetas"),
    ("ITL", D::Currency, 1.0, "ITL", "itl|italian lira|italian lire|lire"),
    ("NLG", D::Currency, 1.0, "NLG", "nlg|guilder|guilders|dutch guilder|dutch guilders"),
    ("FIM", D::Currency, 1.0, "FIM", "fim|markka|markkaa|finnish markka|finnish markkas"),
    ("BEF", D::Currency, 1.0, "BEF", "bef|belgian franc|belgian francs"),
    // Ratios.
    ("%", D::Percent, 1.0, "%", "%|percent|per cent|per-cent|pct"),
    ("pp", D::PercentagePoints, 1.0, "pp", "pp|ppt|ppts|percentage point|percentage points|percentage-point|percentage-points|percent point|percent points"),
    ("bp", D::PercentagePoints, 0.01, "pp", "bp|bps|basis point|basis points|basis-point"),
    // Length.
    ("m", D::Length, 1.0, "m", "=m|metre|metres|meter|meters"),
    ("km", D::Length, 1000.0, "m", "km|kms|kilometre|kilometres|kilometer|kilometers"),
    ("cm", D::Length, 0.01, "m", "cm|centimetre|centimetres|centimeter|centimeters"),
    ("mm", D::Length, 0.001, "m", "mm|millimetre|millimetres|millimeter|millimeters"),
    ("mi", D::Length, 1609.344, "m", "=mi|mile|miles"),
    ("ft", D::Length, 0.3048, "m", "ft|foot|feet"),
    ("in", D::Length, 0.0254, "m", "inch|inches"),
    ("yd", D::Length, 0.9144, "m", "yd|yds|yard|yards"),
    ("nmi", D::Length, 1852.0, "m", "nmi|nautical mile|nautical miles"),
    ("dm", D::Length, 0.1, "m", "dm|decimetre|decimetres|decimeter|decimeters"),
    ("um", D::Length, 1e-6, "m", "μm|µm|micrometre|micrometres|micrometer|micrometers|micron|microns"),
    ("nm", D::Length, 1e-9, "m", "nm|nanometre|nanometres|nanometer|nanometers"),
    // Mass.
    ("kg", D::Mass, 1.0, "kg", "kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos"),
    ("g", D::Mass, 0.001, "kg", "=g|gram|grams|gramme|grammes"),
    ("mg", D::Mass, 1e-6, "kg", "mg|milligram|milligrams"),
    ("ug", D::Mass, 1e-9, "kg", "μg|µg|mcg|microgram|micrograms|microgramme|microgrammes"),
    ("t", D::Mass, 1000.0, "kg", "=t|tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes"),
    ("kt", D::Mass, 1e6, "kg", "=kt|kilotonne|kilotonnes|kiloton|kilotons"),
    ("Mt", D::Mass, 1e9, "kg", "=Mt|megatonne|megatonnes|megaton|megatons"),
    ("Gt", D::Mass, 1e12, "kg", "=Gt|gigatonne|gigatonnes|gigaton|gigatons"),
    ("lb", D::Mass, 0.453_592_37, "kg", "lb|lbs"),
    ("oz", D::Mass, 0.028_349_523_125, "kg", "oz|ounce|ounces"),
    // Area.
    ("m2", D::Area, 1.0, "m2", "=m2|=m²|=m ^ 2|square metre|square metres|square meter|square meters|sq m|sqm"),
    ("km2", D::Area, 1e6, "m2", "km2|km²|km ^ 2|km squared|square km|square kilometre|square kilometres|square kilometer|square kilometers|sq km"),
    ("cm2", D::Area, 1e-4, "m2", "cm2|cm²|square centimetre|square centimetres|square centimeter|square centimeters"),
    ("ha", D::Area, 1e4, "m2", "ha|hectare|hectares"),
    ("acre", D::Area, 4_046.856_422_4, "m2", "acre|acres"),
    ("ft2", D::Area, 0.092_903_04, "m2", "sq ft|square foot|square feet|ft2|ft²"),
    ("mi2", D::Area, 2_589_988.110_336, "m2", "sq mi|square mile|square miles"),
    // Volume.
    ("m3", D::Volume, 1.0, "m3", "=m3|=m³|=m ^ 3|cubic metre|cubic metres|cubic meter|cubic meters|cu m"),
    ("ft3", D::Volume, 0.028_316_846_592, "m3", "cubic foot|cubic feet|cu ft|ft3|ft³"),
    ("km3", D::Volume, 1e9, "m3", "km3|km³|km ^ 3|cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers|km cubed"),
    ("l", D::Volume, 0.001, "m3", "=l|=L|litre|litres|liter|liters"),
    ("ml", D::Volume, 1e-6, "m3", "ml|=mL|millilitre|millilitres|milliliter|milliliters"),
    ("bcm", D::Volume, 1e9, "m3", "bcm"),
    ("tcm", D::Volume, 1e12, "m3", "tcm"),
    ("bcf", D::Volume, 28_316_846.592, "m3", "bcf"),
    ("tcf", D::Volume, 28_316_846_592.0, "m3", "tcf"),
    ("gal", D::Volume, 0.003_785_411_784, "m3", "gal|gallon|gallons"),
    ("bbl", D::Volume, 0.158_987_294_928, "m3", "bbl|bbls|barrel|barrels"),
    // Energy.
    ("J", D::Energy, 1.0, "J", "=J|joule|joules"),
    ("kJ", D::Energy, 1e3, "J", "=kJ|kilojoule|kilojoules"),
    ("MJ", D::Energy, 1e6, "J", "=MJ|megajoule|megajoules"),
    ("GJ", D::Energy, 1e9, "J", "=GJ|gigajoule|gigajoules"),
    ("Wh", D::Energy, 3.6e3, "J", "=Wh|watt-hour|watt-hours|watt hour|watt hours"),
    ("kWh", D::Energy, 3.6e6, "J", "kwh|kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours"),
    ("MWh", D::Energy, 3.6e9, "J", "mwh|megawatt-hour|megawatt-hours|megawatt hour|megawatt hours"),
    ("GWh", D::Energy, 3.6e12, "J", "gwh|gigawatt-hour|gigawatt-hours|gigawatt hour|gigawatt hours"),
    ("TWh", D::Energy, 3.6e15, "J", "twh|terawatt-hour|terawatt-hours|terawatt hour|terawatt hours"),
    ("cal", D::Energy, 4.184, "J", "calorie|calories"),
    ("kcal", D::Energy, 4184.0, "J", "kcal|kilocalorie|kilocalories"),
    ("Btu", D::Energy, 1_055.055_852_62, "J", "btu|btus"),
    ("eV", D::Energy, 1.602_176_634e-19, "J", "=eV|electronvolt|electronvolts|electron volt|electron volts"),
    ("keV", D::Energy, 1.602_176_634e-16, "J", "=keV"),
    ("MeV", D::Energy, 1.602_176_634e-13, "J", "=MeV"),
    ("GeV", D::Energy, 1.602_176_634e-10, "J", "=GeV"),
    ("TeV", D::Energy, 1.602_176_634e-7, "J", "=TeV"),
    // Power.
    ("W", D::Power, 1.0, "W", "=W|watt|watts"),
    ("kW", D::Power, 1e3, "W", "=kW|kilowatt|kilowatts"),
    ("MW", D::Power, 1e6, "W", "=MW|megawatt|megawatts"),
    ("GW", D::Power, 1e9, "W", "=GW|gigawatt|gigawatts"),
    ("TW", D::Power, 1e12, "W", "=TW|terawatt|terawatts"),
    ("hp", D::Power, 745.699_871_582_270_2, "W", "hp|horsepower"),
    // Duration.
    ("s", D::Duration, 1.0, "s", "second|seconds|sec|secs"),
    ("min", D::Duration, 60.0, "s", "minute|minutes|min|mins"),
    ("h", D::Duration, 3600.0, "s", "hour|hours|hr|hrs|^=h"),
    ("d", D::Duration, 86_400.0, "s", "day|days"),
    ("wk", D::Duration, 604_800.0, "s", "week|weeks|wk|wks"),
    // An average Gregorian month and year.
    ("mo", D::Duration, 2_629_746.0, "s", "month|months"),
    ("yr", D::Duration, 31_556_952.0, "s", "year|years|yr|yrs"),
    // Speed.
    ("km/h", D::Speed, 1.0 / 3.6, "m/s", "km/h|km/hr|km/hour|kph|kmh|kmph|kilometres per hour|kilometers per hour|km per hour"),
    ("mph", D::Speed, 0.447_04, "m/s", "mph|miles per hour|miles an hour"),
    ("m/s", D::Speed, 1.0, "m/s", "=m/s|metres per second|meters per second"),
    ("kn", D::Speed, 1852.0 / 3600.0, "m/s", "knot|knots"),
    // Temperature (affine: see `TEMPERATURE_OFFSETS`).
    ("degC", D::Temperature, 1.0, "degC", "°c|ºc|° c|degrees celsius|degree celsius|celsius|degrees centigrade|^=C"),
    ("degF", D::Temperature, 5.0 / 9.0, "degC", "°f|ºf|° f|degrees fahrenheit|degree fahrenheit|fahrenheit|^=F"),
    ("K", D::Temperature, 1.0, "degC", "kelvin|kelvins"),
    // Information.
    ("B", D::Information, 1.0, "B", "byte|bytes"),
    ("KB", D::Information, 1e3, "B", "=KB|=kB|kilobyte|kilobytes"),
    ("MB", D::Information, 1e6, "B", "=MB|megabyte|megabytes"),
    ("GB", D::Information, 1e9, "B", "=GB|gigabyte|gigabytes"),
    ("TB", D::Information, 1e12, "B", "=TB|terabyte|terabytes"),
    ("PB", D::Information, 1e15, "B", "=PB|petabyte|petabytes"),
    ("EB", D::Information, 1e18, "B", "=EB|exabyte|exabytes"),
];

/// Offsets of the affine temperature units: `base = value * factor + offset`.
const TEMPERATURE_OFFSETS: &[(&str, f64)] = &[("degF", -32.0 * 5.0 / 9.0), ("K", -273.15)];

/// Currency names written before a number: "US$245", "€1.2bn", "USD 200", "RMB 5 billion".
#[rustfmt::skip]
pub const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("USD", "=$|us $|=U.S.$|=U.S. $|usd|usd $"),
    ("EUR", "€|eur"),
    ("GBP", "£|gbp"),
    ("CNY", "rmb|cny|=CN¥|=RMB¥|=Rmb|元"),
    ("RUB", "₽|rub"),
    ("JPY", "¥|jpy|=JP¥"),
    ("INR", "₹|inr|=Rs|=Rs."),
    ("CAD", "=C$|=CA$|=Can$|cad|c $|cad $"),
    ("AUD", "=A$|=AU$|=AUD$|aud|aud $"),
    ("CHF", "chf|=Fr."),
    ("HKD", "hk $|hkd|hkd $"),
    ("KRW", "₩|krw"),
    ("BRL", "=R$|brl"),
    ("MXN", "=Mex$|mxn|mxn $"),
    ("SGD", "=S$|sgd"),
    ("NZD", "nz $|nzd|nzd $"),
    ("BTC", "₿|btc"), ("GEL", "₾"), ("LAK", "₭"), ("CRC", "₡"),
    ("SEK", "sek"), ("NOK", "nok"), ("DKK", "dkk"), ("ZAR", "zar"), ("TRY", "=TRY|₺"), ("PLN", "pln"),
];

/// Index of a unit in [`Units`].
pub type UnitId = u16;

/// One alias: its tokens (lower-cased unless `exact`), and the unit it names.
#[derive(Debug, Clone)]
struct Alias {
    tokens: Vec<String>,
    exact: bool,
    glued: bool,
    unit: UnitId,
}

impl Alias {
    /// Does this alias occupy the tokens from `i`? (Never across a number.)
    fn matches_at(&self, t: &Tokens, i: usize) -> bool {
        let fits = self.tokens.iter().enumerate().all(|(k, want)| {
            let j = i + k;
            j < t.len()
                && (k == 0 || t.kind(j) != Some(TokKind::Num) || is_digits(want) && t.glued(j))
                && if self.exact {
                    t.raw(j) == want
                } else {
                    t.low(j) == want
                }
        });
        fits && (!self.glued || t.glued(i))
    }
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Aliases indexed by their first and by their last token (lower-cased), longest first, so
/// a look-up is one hash probe plus a few token comparisons.
#[derive(Debug, Default)]
struct AliasMap {
    by_first: FxHashMap<String, Vec<Alias>>,
    by_last: FxHashMap<String, Vec<Alias>>,
}

impl AliasMap {
    fn insert(&mut self, alias: &str, unit: UnitId) {
        let (glued, alias) = match alias.strip_prefix('^') {
            Some(rest) => (true, rest),
            None => (false, alias),
        };
        let (exact, alias) = match alias.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, alias),
        };
        let mut toks = Tokens::new(alias);
        toks.fill(&[crate::span::Span::new(0, alias.len())]);
        if toks.is_empty() {
            return;
        }
        let tokens = (0..toks.len())
            .map(|i| if exact { toks.raw(i) } else { toks.low(i) }.to_string())
            .collect();
        let entry = Alias {
            tokens,
            exact,
            glued,
            unit,
        };
        let first = toks.low(0).to_string();
        let last = toks.low(toks.len() - 1).to_string();
        for (map, key) in [(&mut self.by_first, first), (&mut self.by_last, last)] {
            let list = map.entry(key).or_default();
            // Earlier aliases win ties, so the table's first spelling of a unit stays first.
            let pos = list.partition_point(|a| a.tokens.len() >= entry.tokens.len());
            list.insert(pos, entry.clone());
        }
    }

    /// The longest alias starting at token `i`: (unit, end token index exclusive).
    fn longest(&self, t: &Tokens, i: usize) -> Option<(UnitId, usize)> {
        let list = self.by_first.get(t.low(i))?;
        list.iter()
            .find(|a| a.matches_at(t, i))
            .map(|a| (a.unit, i + a.tokens.len()))
    }

    /// The longest alias ending just before token `end`: (unit, start token index).
    fn longest_before(&self, t: &Tokens, end: usize) -> Option<(UnitId, usize)> {
        let list = self.by_last.get(t.low(end.checked_sub(1)?))?;
        list.iter().find_map(|a| {
            let start = end.checked_sub(a.tokens.len())?;
            a.matches_at(t, start).then_some((a.unit, start))
        })
    }
}

/// The compiled unit table.
#[derive(Debug)]
pub struct Units {
    defs: Vec<UnitDef>,
    after: AliasMap,
    before: AliasMap,
}

impl Default for Units {
    fn default() -> Self {
        Units::new()
    }
}

impl Units {
    /// The built-in table.
    pub fn new() -> Self {
        let mut units = Units {
            defs: Vec::new(),
            after: AliasMap::default(),
            before: AliasMap::default(),
        };
        for &(code, dimension, factor, base, aliases) in UNITS {
            let offset = TEMPERATURE_OFFSETS
                .iter()
                .find(|(c, _)| *c == code)
                .map_or(0.0, |(_, o)| *o);
            let def = UnitDef {
                code,
                dimension,
                factor,
                offset,
                base,
            };
            units.add(def, aliases.split('|'));
        }
        for &(code, aliases) in CURRENCY_PREFIXES {
            if let Some(id) = units.id(code) {
                for alias in aliases.split('|') {
                    units.before.insert(alias, id);
                }
            }
        }
        units.add(
            UnitDef {
                code: "",
                dimension: D::Count,
                factor: 1.0,
                offset: 0.0,
                base: "",
            },
            std::iter::empty(),
        );
        units
    }

    /// Adds a unit with the aliases that may follow a number; returns its id.
    pub fn add<'a>(&mut self, def: UnitDef, aliases: impl Iterator<Item = &'a str>) -> UnitId {
        let id = self.defs.len() as UnitId;
        self.defs.push(def);
        for alias in aliases {
            self.after.insert(alias, id);
        }
        id
    }

    pub fn get(&self, id: UnitId) -> &UnitDef {
        &self.defs[id as usize]
    }

    /// The unit with this canonical code.
    pub fn id(&self, code: &str) -> Option<UnitId> {
        self.defs
            .iter()
            .position(|d| d.code == code)
            .map(|i| i as UnitId)
    }

    /// The bare-count unit.
    pub fn count(&self) -> UnitId {
        (self.defs.len() - 1) as UnitId
    }

    /// A unit named at token `i` (after a number): (unit, end token exclusive).
    pub fn after(&self, t: &Tokens, i: usize) -> Option<(UnitId, usize)> {
        self.after.longest(t, i)
    }

    /// A currency named just before token `end`: (unit, first token).
    pub fn before(&self, t: &Tokens, end: usize) -> Option<(UnitId, usize)> {
        self.before.longest_before(t, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn after(text: &str) -> Option<(&'static str, usize)> {
        let units = Units::new();
        let mut t = Tokens::new(text);
        t.fill(&[Span::new(0, text.len())]);
        units
            .after(&t, 1)
            .map(|(id, end)| (units.get(id).code, end))
    }

    #[test]
    fn longest_alias_wins() {
        assert_eq!(after("5 kilowatt hours of"), Some(("kWh", 3)));
        assert_eq!(after("5 kilowatts"), Some(("kW", 2)));
        assert_eq!(after("5 km/h"), Some(("km/h", 4)));
        assert_eq!(after("5 percentage points"), Some(("pp", 3)));
        assert_eq!(after("5 per cent"), Some(("%", 3)));
    }

    #[test]
    fn case_and_glue_rules() {
        assert_eq!(after("5 Miles"), Some(("mi", 2)));
        assert_eq!(after("5 M"), None);
        assert_eq!(after("5 m"), Some(("m", 2)));
        assert_eq!(after("1.5C warmer"), Some(("degC", 2)));
        assert_eq!(after("1.5 C warmer"), None);
        assert_eq!(after("5 in"), None);
    }

    #[test]
    fn every_row_has_a_known_base() {
        let units = Units::new();
        for (code, dim, _, base, _) in UNITS {
            let b = units.id(base).map(|id| units.get(id));
            assert!(
                b.is_some_and(|b| b.dimension == *dim),
                "{code}: base {base}"
            );
        }
    }
}
