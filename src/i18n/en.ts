// English interface text: the reference dictionary. French and Spanish must have exactly these keys.
import { programMessages } from './programTexts';
export const en = {
  ...programMessages('en'),
  'app.title': 'USMCA Tariff Simulator',
  'app.tagline':
    'Move the US tariffs on Canada and Mexico and see the duties, effective rates and trade at risk, recomputed on every change from 2024 trade data.',
  'app.skip': 'Skip to the simulator',
  'app.loading': 'Loading trade data…',
  'app.loadingShort': 'Loading…',
  'app.dataError.title': 'The trade data did not load',
  'app.dataError.kept': 'Your settings are kept. Check the connection and try again.',
  'app.retry': 'Retry',
  'app.crash.title': 'Something went wrong',
  'app.crash.retry': 'Try again',
  'app.language': 'Language',
  'app.theme': 'Theme',
  'app.theme.auto': 'Auto',
  'app.theme.light': 'Light',
  'app.theme.dark': 'Dark',
  'nav.label': 'Screens',
  'nav.simulator': 'Simulator',
  'nav.methodology': 'Methodology',
  'nav.reality': '2025 reality check',

  'data.error.download': 'The trade data could not be downloaded ({detail}).',
  'data.error.json': 'The trade data file is not valid JSON.',
  'data.error.damaged': 'The trade data file is damaged ({detail}).',
  'data.versionNotice.title': 'This link was made with other data',
  'data.versionNotice.body':
    "The sender's numbers came from data version {link}; the app now has {now}. Every setting is as sent, but the numbers may differ.",

  'country.CA': 'Canada',
  'country.MX': 'Mexico',

  'unit.percent': 'percent',
  'unit.times': 'times',
  'field.changed': 'changed',
  'field.changedTitle': 'Changed from the preset',
  'field.inPercentOf': '{label}, in {unit}',
  'field.on': 'On',
  'field.off': 'Off',
  'field.inForce': 'In force from {date}',

  'param.caGeneral.label': 'Canada: general rate',
  'param.caGeneral.help': 'Tariff on Canadian goods that do not claim USMCA (35% from 1 Aug 2025).',
  'param.caEnergy.label': 'Canada: energy, critical minerals & potash',
  'param.caEnergy.help': 'Reduced rate on the energy and potash list (10% in 2025).',
  'param.mxGeneral.label': 'Mexico: general rate',
  'param.mxGeneral.help': 'Tariff on Mexican goods that do not claim USMCA (25% in 2025).',
  'param.mxPotash.label': 'Mexico: potash',
  'param.mxPotash.help': 'Reduced rate on Mexican potash (10% in 2025).',
  'param.usmcaExemption.label': 'USMCA exemption',
  'param.usmcaExemption.help':
    'On: goods that claim USMCA skip the country-wide tariff, USMCA auto and truck parts skip Section 232, USMCA vehicles pay 232 only on non-US content.',
  'param.utilization.label': 'USMCA use',
  'param.utilization.help':
    'Observed: the share of each sector that claimed USMCA in a period. Uniform: one share for every sector of a country.',
  'param.period.label': 'Period of observed USMCA use',
  'param.period.help':
    'Claim shares applied to the 2024 basket. Claims jumped in mid-2025 once the exemption made certification pay.',
  'param.uniformCa.label': 'Canada: share claiming USMCA',
  'param.uniformCa.help': 'Replaces every observed Canadian share (uniform mode).',
  'param.uniformMx.label': 'Mexico: share claiming USMCA',
  'param.uniformMx.help': 'Replaces every observed Mexican share (uniform mode).',
  'param.usmcaTerminated.label': 'USMCA terminated',
  'param.usmcaTerminated.help':
    'Hypothetical: the agreement ends. No USMCA relief at all, and MFN duties on every good.',
  'param.usContentShare.label': 'US content of USMCA vehicles',
  'param.usContentShare.help':
    'Share of a USMCA vehicle’s value that is US content and so pays no autos tariff. Assumption: 40%.',
  'param.autoOffset.label': 'Auto offset',
  'param.autoOffset.help':
    'Subtracted from the autos and parts rates: 3.75% of MSRP for US-assembled vehicles x a 33% US-assembly share = 1.24%. Assumption.',
  'param.elasticityMode.label': 'Trade response',
  'param.elasticityMode.help':
    'Short run: one elasticity for every sector (1.0, about a year). Long run: each sector’s Broda–Weinstein elasticity, capped at 8.',
  'param.elasticity.label': 'Uniform elasticity',
  'param.elasticity.help':
    'How strongly imports fall as their price rises: 1.0 means a 10% higher price cuts volume by about 9%. Assumption.',
  'param.elasticityMultiplier.label': 'Elasticity multiplier',
  'param.elasticityMultiplier.help':
    'Scales every elasticity: below 1 for stickier trade, above 1 for faster switching. Assumption.',
  'option.utilization.observed': 'Observed in a period',
  'option.utilization.uniform': 'One share per country',
  'option.elasticityMode.uniform': 'Short run (uniform)',
  'option.elasticityMode.sector': 'Long run (by sector)',
  'option.period.2024': '2024 (before the tariffs)',
  'option.period.2025h1': '2025 H1',
  'option.period.2025h2': '2025 H2 (certification surge)',
  'option.period.withShares': '{period}: Canada {ca}, Mexico {mx}',

  'preset.pre-2025.label': 'Before 2025 (MFN only)',
  'preset.pre-2025.description': 'Only most-favoured-nation duties on goods that do not claim USMCA; 2024 USMCA use.',
  'preset.feb-2025-announced.label': '1 Feb 2025 announcement',
  'preset.feb-2025-announced.description':
    'Canada 25% (energy 10%), Mexico 25% on all goods, no USMCA exemption, as first announced.',
  'preset.mar-2025-usmca-exempt.label': '7 Mar 2025: USMCA goods exempted',
  'preset.mar-2025-usmca-exempt.description':
    'Country-wide 25% (energy and potash 10%) only on goods that do not claim USMCA.',
  'preset.mar-2025-steel-25.label': '12 Mar 2025: steel & aluminum 25%',
  'preset.mar-2025-steel-25.description':
    'Section 232 steel and aluminum at 25%, with no USMCA relief, on top of March.',
  'preset.apr-2025-autos.label': 'Apr–May 2025: autos & parts 25%',
  'preset.apr-2025-autos.description':
    'Autos 25% (USMCA vehicles on non-US content) and auto parts 25% (USMCA parts exempt).',
  'preset.jun-2025-steel-50.label': '4 Jun 2025: steel & aluminum 50%',
  'preset.jun-2025-steel-50.description': 'Steel and aluminum doubled to 50%; autos and parts stay at 25%.',
  'preset.aug-2025-canada-35.label': '1 Aug 2025: Canada 35%, copper 50%',
  'preset.aug-2025-canada-35.description':
    'Canada country-wide rate raised to 35%; copper joins the 50% metals; H2 2025 USMCA use.',
  'preset.nov-2025.label': 'Nov 2025: the full set',
  'preset.nov-2025.description':
    'August rates plus lumber 10%, furniture 25% (14 Oct) and trucks 25%, buses 10% (1 Nov).',
  'preset.nov-2025-no-exemption.label': 'Hypothetical: Nov 2025 without the USMCA exemption',
  'preset.nov-2025-no-exemption.description':
    'The November rates with no USMCA relief at all: the outcome negotiators fear.',
  'preset.feb-2026-section-122.label': 'Feb 2026: IEEPA struck down, Section 122 10%',
  'preset.feb-2026-section-122.description':
    'IEEPA tariffs void; a 10% Section 122 surcharge on goods outside USMCA and Section 232, less its exemptions (energy, minerals, fertilizers, pharmaceuticals, many electronics); 232 as in November.',

  'lesson.builtin.title': 'The tariff path, 2025–2026',
  'lesson.custom.title': 'Lesson',
  'lesson.stepN': 'Step {n}',
  'lesson.note.pre-2025':
    'Start here: before 2025 almost everything crossed duty-free. MFN duties fall only on goods that do not claim USMCA.',
  'lesson.note.feb-2025-announced':
    'As announced on 1 February 2025, with no USMCA exemption: a quarter of the value of exports would have been taxed. Ask: who pays the duty?',
  'lesson.note.mar-2025-usmca-exempt':
    'The exemption for USMCA goods changes everything: only goods that do not claim USMCA pay. Point at the share still exposed.',
  'lesson.note.mar-2025-steel-25':
    'Section 232 steel and aluminum: no USMCA relief, and the country-wide tariff does not stack on top.',
  'lesson.note.apr-2025-autos':
    'Autos pay only on non-US content; USMCA parts are exempt. See the autos slice in the bar.',
  'lesson.note.jun-2025-steel-50': 'Doubling steel and aluminum to 50% hits Canada hardest: compare the metals slices.',
  'lesson.note.aug-2025-canada-35':
    'Canada rises to 35% but USMCA claims jumped to about 90% in the second half: the effective rate falls. Why?',
  'lesson.note.nov-2025':
    'The full set in November 2025, this app’s default. Open the sectors to see where the duty falls.',
  'lesson.note.nov-2025-no-exemption':
    'A hypothetical: the same rates without the USMCA exemption. This is what the review is about.',
  'lesson.note.feb-2026-section-122':
    'After the Supreme Court struck down the IEEPA tariffs, a 10% Section 122 surcharge with USMCA goods exempt.',

  'editor.title': 'Scenario settings',
  'editor.countryWide':
    'Country-wide tariffs of 2025 (IEEPA, goods outside USMCA; held unlawful, void from 24 Feb 2026)',
  'editor.usmca': 'USMCA',
  'editor.response': 'Trade response (assumption)',
  'editor.elasticityFallback': 'Used only for sectors with no estimate (electricity).',
  'editor.advanced': 'Advanced: Section 232 rates, vehicles, termination',
  'editor.s232': 'Section 232 (no USMCA relief except vehicles and parts)',
  'editor.vehicles': 'Vehicles and the agreement',

  'timeline.label': 'Policy timeline presets',
  'timeline.custom': 'Custom scenario',
  'timeline.showing': 'Showing {preset}: {description}',
  'timeline.changed': 'Changed from {preset}: {settings}.',
  'timeline.reset': 'Reset to preset',

  'headline.label': 'Headline results',
  'headline.etr': 'Effective tariff rate',
  'headline.duty': 'Duty owed per year',
  'headline.exposed': 'Exports facing a new tariff',
  'headline.exposedShare': '({share} of exports to the US)',
  'headline.exportChange': 'Estimated change in exports to the US',
  'headline.vsBefore': '{delta} vs. before 2025',
  'headline.points': '{sign}{value} pts',

  'why.title': 'Why this number',
  'why.chartTitle': 'Effective tariff rate by program',
  'why.reading': "Canada's {ca} and Mexico's {mx} split by tariff program; for Canada the largest part is {program}.",
  'why.noTariff': 'No tariff applies.',
  'why.source':
    'Model on US Census 2024 imports and USITC USMCA claims; rates from the proclamations and orders listed in data/SOURCES.md.',
  'why.tableProgram': 'Program',
  'why.tableEtr': 'Effective tariff rate',
  'why.points': '{value} pts',
  'explain.country': 'Country',
  'explain.sector': 'Sector to explain',
  'explain.intro': '{country}, {sector}:',
  'explain.value': '{value} of exports to the US in 2024.',
  'explain.notCovered': 'not covered by an active 232 program',
  'explain.inScope': 'in scope',
  'explain.vehicles': '(USMCA vehicles pay only on non-US content)',
  'explain.claiming': '(1 − {share} claiming USMCA)',
  'explain.noRelief': '(no USMCA relief)',
  'explain.total':
    'Total duty {duty}, an effective rate of {etr}. With a trade elasticity of {epsilon}, exports change by {change} ({pct}).',

  'sectors.title': 'Sectors',
  'sectors.chartTitle': '{country}: duty and export change by sector',
  'sectors.reading': '{sector} owes the most duty, {duty}; bars to the left show the estimated change in exports.',
  'sectors.readingNone': 'No sector owes new duty under this scenario.',
  'sectors.source': 'Model on US Census 2024 imports by sector; top 10 sectors by duty, the rest summed.',
  'sectors.other': 'Other sectors ({n})',
  'sectors.duty': 'Duty owed',
  'sectors.change': 'Change in exports',
  'sectors.dutyBn': 'Duty (US$B)',
  'sectors.changeBn': 'Change in exports (US$B)',
  'sectors.tableCountry': 'Country of the sector table',
  'sectors.caption': 'All {n} sectors of {country}, sorted by {column}',
  'sectors.col.label': 'Sector',
  'sectors.col.importsUsd': 'Exports to the US, 2024',
  'sectors.col.dutyUsd': 'Duty',
  'sectors.col.etr': 'Effective rate',
  'sectors.col.exportChangeUsd': 'Change in exports',
  'sectors.explain': 'Explain {sector}',

  'sensitivity.title': 'Sensitivity',
  'sensitivity.chartTitle': 'If you move “{param}”',
  'sensitivity.reading':
    "From {from} to {to}, Canada's ETR goes from {caFrom} to {caTo} and Mexico's from {mxFrom} to {mxTo}; dashed lines show the change in exports.",
  'sensitivity.source':
    "The model run {n} times across the control's range, every other setting as now. Move any slider to sweep it.",
  'sensitivity.now': 'now: {value}',
  'sensitivity.value': 'Value',
  'sensitivity.etrCA': 'Canada: effective tariff rate',
  'sensitivity.etrMX': 'Mexico: effective tariff rate',
  'sensitivity.exportCA': 'Canada: change in exports',
  'sensitivity.exportMX': 'Mexico: change in exports',

  'context.title': 'Context: Canada, Mexico and the USMCA review',
  'context.source': 'Source: {source}. Confidence: {confidence}.',

  'chart.source': 'Source: {source}',
  'chart.table': 'Show the numbers as a table',
  'chart.legend': 'Legend',
  'chart.download': 'Download “{title}” as {format}',
  'chart.loading': 'Loading chart…',
  'chart.imageError': 'The image could not be made ({detail}).',

  'footer.data': 'Data version {version}, as of {asOf}. Base year {year}.',
  'footer.limits':
    'A partial-equilibrium model: no exchange-rate, retaliation or supply-chain effects. Elasticities, US vehicle content and the auto offset are assumptions.',

  'notice.dismiss': 'Dismiss',
  'notice.dismissLabel': 'Dismiss: {title}',
  'link.problems.one': 'One setting in this link could not be used',
  'link.problems.many': '{n} settings in this link could not be used',
  'link.problem': '{param} = "{value}": {reason}',
  'link.problemDefault': '{param} = "{value}": {reason}; the default ({fallback}) is used instead.',
  'link.reason.notNumber': 'not a number (expected e.g. {example})',
  'link.reason.outOfRange': 'outside {min}–{max}',
  'link.reason.notOnOff': 'expected on or off',
  'link.reason.notOneOf': 'not one of {options}',
  'link.reason.repeated': 'given {count} times',
  'link.reason.noPreset': 'no such preset',
  'link.reason.tooLong': 'longer than {max}; ignored whole',
  'link.reason.unreadable': 'could not be read',
  'link.reason.badVersion': 'not a version number; read as version 1',
  'link.reason.newerVersion': 'made by a newer version of the app; read as version {version}',
  'link.reason.notZeroOne': 'expected 1 or 0',
  'link.reason.badData': 'not a data version',
  'link.reason.badLang': 'not one of en, fr, es',

  'saved.notice.one': 'A saved entry could not be read',
  'saved.notice.many': '{n} saved entries could not be read',
  'saved.notice.kept':
    'They were moved aside in this browser’s storage, not deleted; your other saved scenarios are fine.',
  'saved.reason.notJson': 'The saved scenarios are not valid JSON',
  'saved.reason.newer': 'Saved by a newer version of the app (format {version})',
  'saved.reason.unknownFormat': 'The saved scenarios are in an unknown format',
  'saved.reason.entry.saved': 'Saved entry {n} ({preview}): {detail}',
  'saved.reason.entry.file': 'File entry {n} ({preview}): {detail}',
  'saved.reason.entry.migrated': 'Migrated entry {n} ({preview}): {detail}',
  'saved.import.notJson': 'The file is not JSON. Choose a file exported from this app.',
  'saved.import.notOurs': 'The file was not exported from the USMCA Tariff Simulator.',
  'saved.import.wrongFormat': 'The file has format {version}; this app reads format {expected}.',
  'saved.import.noList': 'The file has no list of scenarios.',
  'saved.unavailable': 'Saving is not available in this browser ({detail}).',
  'saved.writeFailed': 'Could not save in this browser ({detail}); export your scenarios to keep them.',

  'tools.label': 'Scenario tools',
  'tools.share': 'Share',
  'tools.saved': 'Saved scenarios',
  'tools.compare': 'Compare A vs B',
  'tools.csv': 'Download CSV',
  'tools.present': 'Present: the tariff path, 2025–2026',

  'share.region': 'Share this scenario',
  'share.intro': 'The link holds every setting: whoever opens it sees exactly these numbers.',
  'share.link': 'Link',
  'share.summary': 'Summary',
  'share.embed': 'Embed code',
  'share.copy': 'Copy {what}',
  'share.copied': 'Copied.',
  'share.manual': 'This browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).',
  'share.native': 'Share…',
  'share.embedTitle': 'USMCA tariff scenario',

  'summary.preset': 'Scenario: {preset}',
  'summary.changed': '{heading}, changed: {settings}',
  'summary.custom': 'Scenario (custom): {settings}',
  'summary.noChanges': 'no changes',
  'summary.country':
    '{country}: effective tariff rate {etr}, duty {duty} a year, {exposed} of exports facing a new tariff ({share}), exports to the US {pct} ({change}, a loss as large as {gdp} of GDP).',
  'summary.footer': 'Model on 2024 trade (data {version}); one-year trade response. {link}',

  'saved.region': 'Saved scenarios',
  'saved.name': 'Name',
  'saved.placeholder': 'e.g. Canada at 50%',
  'saved.save': 'Save current scenario',
  'saved.defaultName': 'My scenario',
  'saved.editedName': '{preset} (edited)',
  'saved.savedMsg': 'Saved “{name}”.',
  'saved.loadedMsg': 'Loaded “{name}”.',
  'saved.comparingMsg': 'Comparing with “{name}”.',
  'saved.deletedMsg': 'Deleted “{name}”.',
  'saved.importedMsg': 'Imported {n} scenario(s).',
  'saved.importedSomeMsg': 'Imported {n} scenario(s); {bad} could not be used.',
  'saved.reading': 'Reading saved scenarios…',
  'saved.empty': 'No saved scenarios yet. They stay in this browser; export them to keep a copy.',
  'saved.newName': 'New name for “{name}”',
  'saved.saveName': 'Save name',
  'saved.cancel': 'Cancel',
  'saved.load': 'Load',
  'saved.loadLabel': 'Load {name}',
  'saved.compare': 'Compare',
  'saved.compareLabel': 'Compare with {name}',
  'saved.rename': 'Rename',
  'saved.renameLabel': 'Rename {name}',
  'saved.delete': 'Delete',
  'saved.deleteLabel': 'Delete {name}',
  'saved.inLesson': 'Include {name} in the lesson',
  'saved.present': 'Present the ticked scenarios as a lesson ({n})',
  'saved.export': 'Export saved scenarios (JSON)',
  'saved.import': 'Import scenarios from a file',
  'saved.importErrors': 'Some of the file could not be used:',

  'compare.region': 'Compare scenarios',
  'compare.pick': 'Compare the current scenario (A) with B:',
  'compare.choose': 'Choose a scenario…',
  'compare.presets': 'Presets',
  'compare.saved': 'Saved scenarios',
  'compare.swap': 'Swap A and B',
  'compare.stop': 'Stop comparing',
  'compare.title': 'Compare A vs B',
  'compare.loading': 'Loading the comparison…',
  'compare.names': 'A: {a} (current). B: {b}.',
  'compare.current': 'Current scenario',
  'compare.b': 'Scenario B',
  'compare.caption': 'Headline numbers, A and B, with the difference B − A',
  'compare.measure': 'Measure',
  'compare.gdp': '… as a share of GDP',
  'compare.change': 'Change in exports to the US',
  'compare.programTitle': 'Effective tariff rate by program, A and B',
  'compare.programReading': 'Canada: A {caA}, B {caB}; Mexico: A {mxA}, B {mxB}.',
  'compare.programSource': 'Model on US Census 2024 imports and USITC USMCA claims.',
  'compare.sectorTitle': '{country}: duty by sector, A and B',
  'compare.sectorReading': 'The {n} sectors with the most duty in either scenario; A above, B below.',
  'compare.sectorSource': 'Model on US Census 2024 imports by sector.',
  'compare.dutyA': 'Duty A (US$B)',
  'compare.dutyB': 'Duty B (US$B)',
  'compare.legendA': 'A: {name}',
  'compare.legendB': 'B: {name}',

  'embed.title': 'US tariffs on Canada and Mexico: {name}',
  'embed.custom': 'custom scenario',
  'embed.open': 'Open in the USMCA Tariff Simulator',
  'embed.footer':
    'Model on 2024 trade (data {version}, as of {asOf}); one-year trade response. Elasticities and vehicle content are assumptions.',

  'present.loading': 'Loading the presentation…',
  'present.step': '{lesson} · step {n} of {total}',
  'present.previous': '← Previous',
  'present.next': 'Next →',
  'present.notes': 'Notes (N)',
  'present.qr': 'QR code (Q)',
  'present.exit': 'Exit (Esc)',
  'present.etr': 'effective tariff rate',
  'present.line': '{duty} duty a year · exports to the US {pct} ({change})',
  'present.chart': 'Effective tariff rate by program',
  'present.changes': 'What changed since the previous step',
  'present.first': 'First step',
  'present.noChange': 'No setting changed.',
  'present.speakerNotes': 'Speaker notes',
  'present.qrRegion': "QR code of this step's link",
  'present.qrLabel': "QR code of this step's link: scan it to open the same scenario",
  'present.qrHelp': 'Scan to open this scenario on a phone.',
  'present.qrError': 'The QR code could not be made ({detail}).',

  'method.title': 'How the numbers are made',
  'method.intro':
    'For Canada and Mexico, product line by product line (the 22,363 HTS10 lines of 2024 imports: 12,140 Canadian, 10,223 Mexican), the model asks which tariffs apply to which part of each line’s value, given the rates you set and how much of it claims USMCA. It adds up the duty line by line, then by sector and country, divides by the value to get the effective tariff rate, then estimates how much less would be sold at those prices. The rules below apply to each line.',
  'method.rule1.title': 'Section 232 comes first',
  'method.rule1.words':
    'Each active Section 232 program taxes the share of a sector inside its scope (for steel, aluminum and copper derivatives, only the metal content). USMCA vehicles pay the autos or truck rate only on their non-US content; USMCA auto and truck parts are exempt. The offset for US-assembled vehicles is subtracted from the autos and parts rates.',
  'method.rule2.title': 'No stacking',
  'method.rule2.words':
    'The country-wide tariff never applies to value that an active 232 program covers. Switch a program off and its goods go back to the country-wide tariff.',
  'method.rule3.title': 'The country-wide tariff',
  'method.rule3.words':
    'It applies to what no 232 program covers and does not claim USMCA, at the general rate, or the reduced rate for the energy and potash list.',
  'method.rule4.title': 'MFN duties',
  'method.rule4.words':
    'Normal (most-favoured-nation) duties fall on goods that do not claim USMCA; if USMCA ended, on every good.',
  'method.rule5.title': 'Effective tariff rate',
  'method.rule5.words':
    'The duty of a sector is its 2024 imports times the sum of the slices above; the effective rate of a country is its duty over its imports, and the slices add up to it.',
  'method.rule6.title': 'Trade response',
  'method.rule6.words':
    "Each slice of a sector responds to its own tariff with a constant elasticity, which stays positive for any tariff. Short run: 1 for every sector. Long run: each sector's Broda–Weinstein elasticity, capped at {cap}.",
  'method.example.title': 'A worked example, live',
  'method.example.help': 'Pick a sector: the arithmetic follows the settings of the simulator.',
  'method.assumptions.title': 'Assumptions, and where each comes from',
  'method.assumptions.col.what': 'Assumption',
  'method.assumptions.col.value': 'Value',
  'method.assumptions.col.source': 'Source or reason',
  'method.a.usContent': 'US content of USMCA vehicles',
  'method.a.usContent.source': 'Assumption; vehicles pay the autos tariff on the rest (Commerce procedure, May 2025).',
  'method.a.offset': 'Auto offset',
  'method.a.offset.source':
    '3.75% of MSRP for US-assembled vehicles (Apr 2025 amendment) x an assumed 33% US-assembly share.',
  'method.a.short': 'Short-run elasticity',
  'method.a.short.source': 'Assumption: about a year of adjustment, the same in every sector.',
  'method.a.long': 'Long-run elasticities',
  'method.a.long.value': 'by sector, at most {cap}',
  'method.a.long.source': 'Broda and Weinstein (2006), US elasticities of substitution at HTS10, medians by sector.',
  'method.a.usmca': 'USMCA shares',
  'method.a.usmca.value': 'observed, by period',
  'method.a.usmca.source': 'USITC DataWeb claims (2024, 2025 H1, 2025 H2) applied to the 2024 basket.',
  'method.a.metal': 'Metal content of derivatives',
  'method.a.metal.value': 'by product',
  'method.a.metal.source': 'BEA input–output shares as encoded by the Yale Budget Lab tracker (medium confidence).',
  'method.a.caExports': 'Canada’s total exports in US$',
  'method.a.caExports.value': '{share} of US imports from Canada',
  'method.data.title': 'The data',
  'method.data.version': 'Data version {version}, as of {asOf}, base year {year}.',
  'method.data.caption': 'The US measures on Canada and Mexico, 2025–26',
  'method.data.col.measure': 'Measure',
  'method.data.col.country': 'Country',
  'method.data.col.rate': 'Rate',
  'method.data.col.from': 'From',
  'method.data.col.instrument': 'Legal instrument',
  'method.data.col.confidence': 'Confidence',
  'method.data.english': 'The measures are listed as recorded in the sources, in English.',
  'method.collected.title': 'Statutory rates, collected duties and other estimates',
  'method.collected.text':
    "The simulator gives statutory rates: what the law charges on the 2024 basket. The duties the Treasury actually collects differ. They lag (duties are paid weeks after entry), they follow this year's basket rather than 2024's, they reflect exclusions, drawbacks and goods returned, and they count USMCA claims as they happened month by month. Published estimates (the Yale Budget Lab, the Bank of Canada) also differ by their import weights and by how they stack programs.",
  'method.collected.caption': 'Collected duties and dutiable shares (Treasury and Census monthly series)',
  'method.collected.col.month': 'Month',
  'method.collected.col.rate': 'US customs duties / all US imports',
  'method.collected.col.ca': 'Dutiable share, Canada',
  'method.collected.col.mx': 'Dutiable share, Mexico',
  'method.limits.title': 'What the model leaves out',
  'method.limits.ge':
    'It is not a general-equilibrium model: no exchange-rate response, no retaliation feedback, no supply-chain input–output effects, no price effects on US consumers beyond the duty itself.',
  'method.limits.adcvd':
    'Anti-dumping and countervailing duties (about 35% on Canadian softwood lumber on top of the 232 tariff) are not included.',
  'method.limits.ch98':
    'Chapters 98/99 (US goods returned and special classifications) are left out of rates and totals, as the public trackers do.',
  'method.limits.values':
    'Values, not volumes: prices are held at 2024 levels. See the 2025 reality check for how far this goes.',

  'reality.title': 'The 2025 reality check',
  'reality.intro':
    'The model starts from 2024 trade. Run month by month along the real 2025 policy path (with the short-run elasticity of 1), it predicts what 2025 imports should have been. Here is that prediction beside what the US actually imported in 2025.',
  'reality.total':
    '{country}: the model predicted {predicted} ({predictedUsd}); imports actually changed by {actual} ({actualUsd}).',
  'reality.chartTitle': '{country}: predicted and actual change in 2025, by sector',
  'reality.chartReading':
    "The 12 largest sectors by 2024 value; the model's change (top bar) and the actual change (bottom bar), against 2024.",
  'reality.chartSource':
    'Model on 2024 imports (Census) along the 2025 policy path; actual 2025 imports from USITC DataWeb.',
  'reality.predicted': 'Model prediction',
  'reality.actual': 'What happened',
  'reality.col.sector': 'Sector',
  'reality.col.model': 'Model 2025',
  'reality.col.actual': 'Actual 2025',
  'reality.misses.title': 'Where a simple model goes wrong',
  'reality.misses.intro': 'The largest misses, in dollars:',
  'reality.miss': '{country}, {sector}: the model expected {predicted}, the actual change was {actual}.',
  'reality.prices.title': 'Prices.',
  'reality.prices':
    'The data are values, not volumes: a change in world prices moves them with no tariff at all, which matters most for energy and precious metals. The model holds prices at their 2024 level.',
  'reality.stockpiling.title': 'Stockpiling before the tariffs.',
  'reality.stockpiling':
    'Importers bought ahead: monthly imports from Mexico in the first quarter of 2025 ran {surge} above their 2024 average (Treasury and Census monthly series). A one-year elasticity cannot see goods moved forward in time.',
  'reality.certification.title': 'The USMCA certification surge.',
  'reality.certification':
    "Once the exemption made certification pay, the share of imports claiming USMCA rose from {from} (Canada) in {fromMonth} to {to} in {toMonth}. The model uses each period's observed share, so the second half of 2025 already counts that surge; earlier months do not.",
  'reality.demand.title': 'Demand the model does not know.',
  'reality.demand.machinery': "Mexico's {sector} went from {from} to {to} ({pct}) despite the tariffs.",
  'reality.demand':
    'A partial-equilibrium model has no demand shifts, supply-chain moves, exchange rates or retaliation: it answers what the tariffs alone would do to 2024 trade.',
  'reality.path': 'The 2025 path, month by month: {path}.',
  'reality.utilization.title': 'USMCA use, month by month',
  'reality.utilization.chart': 'Share of imports claiming USMCA',
  'reality.utilization.reading': 'From {ca} for Canada and {mx} for Mexico in {month} to about 90% from mid-2025.',
  'reality.utilization.source':
    'USITC DataWeb, imports for consumption claiming USMCA (SPI S/S+), via the Yale Budget Lab tariff-rate tracker.',
  'reality.month': 'Month',
  'link.reason.notPresent': 'expected 1 (present) or 0',
  'link.reason.tooManySteps': 'more than {max} steps; the first {max} are shown',
  'link.reason.noStep': 'no such step (the lesson has {max})',
  'link.cut.title': 'Part of this link was left out to keep it short enough to open',
  'link.cut.steps':
    'The link holds the lesson without its last {n} step(s): links are kept under 8,000 characters. Save the steps as scenarios to keep them all.',
  'link.cut.unknown': '{n} parameter(s) this app does not read were dropped from the link.',
  'saved.import.tooMany':
    '{n} scenario(s) were not imported: this browser keeps at most {max}. Delete some and import the file again.',
  'saved.readOnly':
    'Your saved scenarios were written by a newer version of this app (format {version}). They are kept as they are; this version can show none of them and saves nothing, so that none is lost. Reload to get the newer version.',
  'saved.stuck':
    "Storage is full: {n} unreadable value(s) could not be moved aside, so they stay where they were and saving is paused. Export your scenarios, then clear this site's data to save again.",
  'saved.showMore': 'Show {n} more',
  'saved.noDate': 'no date',
  'saved.lessonCut':
    'A lesson has at most {max} steps: the first {max} of the {n} ticked scenarios are presented. Untick some to choose others.',
  'present.qrTooLong':
    'This link is too long for a QR code ({n} characters; a QR code holds at most {max}). Share it with Share → Copy link instead.',
  'data.error.timeout': 'The trade data did not arrive within {seconds} s.',
  'app.update.title': 'A new version of the simulator is available',
  'app.update.body': 'Reload to use it. Your scenario is in the link and stays as it is.',
  'app.update.reload': 'Reload',
  'app.update.later': 'Later',
  'app.chunk.title': 'Part of the app could not be downloaded',
  'app.chunk.body':
    'The connection dropped, or a new version was published. Reload the page: your scenario is in the link and is kept.',
  'app.chunk.reload': 'Reload the page',
  'param.metalsBasis.label': 'Section 232 metals rules',
  'param.metalsBasis.help':
    'Until 5 Apr 2026 the metal content of listed goods pays the metal rate; from 6 Apr the annex tiers are charged on full value (I-A the full rate, I-B half, Annex III a 15% floor); from 8 Jun Annex I-C is added. Not modelled: the automotive-supply quota at 25% and the 15%-by-weight test (the tier shares are upper bounds).',
  'param.s338Mode.label': 'Section 338 from 29 Sep 2026',
  'param.s338Mode.help':
    'The baskets were reported to become import bans from 29 Sep 2026 (Proclamations 11061-11063); which lines are banned is in no source we could read. A ban removes that trade instead of taxing it.',
  'option.metalsBasis.content': 'Metal content (to 5 Apr 2026)',
  'option.metalsBasis.annexApr': 'Annex tiers, April 2026',
  'option.metalsBasis.annexJun': 'Annex tiers with I-C, June 2026',
  'option.s338Mode.duty': '50% duty',
  'option.s338Mode.ban': 'Import ban (reported)',
  'editor.programs': 'Programs charged on goods outside Section 232 (2026)',
  'editor.s338ModeNote': 'Source: Proclamations 11061-11063 as reported in a third-party audit; confidence low.',
  'editor.pharmaNote': "In force from 31 Jul 2026. The patented share is an assumption (the tracker's defaults).",
  'preset.apr-2026-metals.label': '6 Apr 2026: metals tiers on full value',
  'preset.apr-2026-metals.description':
    'Steel, aluminum and copper move to annex tiers on full value (I-A 50%, I-B 25%, Annex III a 15% floor, Annex II removed), with no USMCA relief; Section 122 goes on.',
  'preset.jun-2026-equipment.label': '8 Jun 2026: Annex I-C (mobile industrial equipment)',
  'preset.jun-2026-equipment.description':
    'Proclamation 11032 adds Annex I-C (USMCA steel 25% on non-US content, at least 15%) and moves lines between tiers.',
  'preset.jul-2026-section-301.label': '24 Jul 2026: Section 122 ends, forced-labour 301 starts',
  'preset.jul-2026-section-301.description':
    'Section 122 lapses on 23 Jul; a 10% Section 301 forced-labour duty replaces it, USMCA and 232 goods excluded. On 1 Jul the United States declined to extend the USMCA, which moves to annual reviews.',
  'preset.aug-2026-section-338.label': '22 Aug 2026: Section 338 on Canada, pharmaceuticals',
  'preset.aug-2026-section-338.description':
    'A 50% Section 338 duty on three baskets of Canadian goods (alcohol, dairy, a consumer-goods list), no USMCA relief; Section 232 on patented pharmaceuticals from 31 Jul.',
  'preset.dec-2026.label': 'Dec 2026: current law',
  'preset.dec-2026.description':
    'US tariffs on Canada and Mexico in force on 1 Dec 2026: metals tiers, the heading 232 programs, pharmaceuticals, forced-labour 301 and Section 338 on Canada.',
  'preset.dec-2026-no-exemption.label': 'Hypothetical: Dec 2026 without the USMCA exemption',
  'preset.dec-2026-no-exemption.description':
    'The December 2026 rates with USMCA relief switched off: USMCA goods pay forced-labour 301 and the full 232 rates.',
  'preset.dec-2026-usmca-withdrawal.label': 'Hypothetical: US withdrawal from the USMCA',
  'preset.dec-2026-usmca-withdrawal.description':
    'The December 2026 rates with the agreement gone: no USMCA relief anywhere, and MFN on every good that claimed it.',
  'lesson.note.apr-2026-metals':
    'The metals rate now falls on the full value of listed goods, by tier: compare the steel and aluminum slices with February.',
  'lesson.note.jun-2026-equipment':
    'A smaller step: lines move between tiers, and USMCA steel in Annex I-C pays on its non-US content.',
  'lesson.note.jul-2026-section-301':
    'A new legal basis with a similar reach: the forced-labour 301 duty replaces Section 122 almost point for point.',
  'lesson.note.aug-2026-section-338':
    "Section 338 falls on Canada alone and ignores USMCA: watch Canada's rate jump while Mexico's barely moves.",
  'lesson.note.dec-2026':
    'Where things stand today. Ask: which of these programs does USMCA still shield Canada and Mexico from?',
  'lesson.note.dec-2026-no-exemption':
    'The value of the exemption in one step: the same rates, with every good treated as if it did not claim USMCA.',
  'lesson.note.dec-2026-usmca-withdrawal':
    'Withdrawal goes further than losing the exemption: MFN duties return on everything that claimed USMCA.',
  'method.programs.title': 'The tariff programs',
  'method.programs.help':
    'Every program the model knows, from its table (src/model/programs.ts): who it reaches, since when, how USMCA treats it, what it stacks with, and the legal instruments.',
  'method.programs.col.program': 'Program',
  'method.programs.col.authority': 'Authority · countries',
  'method.programs.col.inForce': 'In force',
  'method.programs.col.usmca': 'USMCA treatment',
  'method.programs.col.stacking': 'Stacking',
  'method.programs.col.sources': 'Legal sources',
  'method.programs.from': 'from {from}',
  'method.programs.fromTo': '{from} to {to}',
  'method.programs.usmca.none': 'no relief',
  'method.programs.usmca.nonUsContent': 'USMCA vehicles pay on non-US content',
  'method.programs.usmca.qualifyingExempt': 'USMCA-qualifying goods exempt',
  'method.programs.usmca.claimedExempt': 'goods entered under USMCA exempt',
  'timeline.currentTo': 'Policy path current to {date}. Steps marked “Hypothetical” never happened.',
  'reality.2026':
    "The reality check stops at 2025, the last full year of import data. The 2026 programs (Section 122, the metals annex tiers, forced-labour 301, pharmaceuticals, Section 338) are in the simulator's presets; their rules and legal instruments are on the methodology page.",
  'reality.2026.link': 'See the tariff programs',
  'method.limits.metals2026':
    '2026 metals tiers: the automotive-supply quota for Canadian and Mexican steel and aluminum at 25% (9903.82.18/.19), the 15%-by-weight test for goods outside chapters 72, 73, 74 and 76 and the 95% US-metal route are not modelled, so the tier shares are upper bounds; Annex I-C assumes US content of at least 40%.',
  'method.limits.s338':
    'Section 338: the civil-aircraft use exemption and the 15 Sep 2026 alcohol-basket amendment are not applied; which lines became import bans on 29 Sep 2026 is in no source we could read, so the ban choice bans every basket line.',
  'method.limits.fl301':
    'Forced-labour 301: the exemption list is the proposed Annex A (the final lists of note 52 are in no public source we could read). Each line’s USMCA share comes from the scenario’s period (July–December 2025 for 2025h2); the trackers’ window runs to February 2026, which moves each 2026 program by up to 0.01 points.',
  'data.error.products': 'The product table does not fit this version of the trade data ({detail}). Reload the page.',
  'link.reason.badProduct': 'not an HTS code (2 to 10 digits, dots allowed)',
  'products.title': 'Products (HTS codes)',
  'products.search': 'Search products or HTS codes',
  'products.placeholder': 'maple syrup, lumber, 7208, 1702.20',
  'products.help':
    'Words of the description, or an HTS code or prefix of 2 to 10 digits (dots optional). Arrow keys move through the results; Enter opens one. The descriptions are the US tariff schedule’s, in English.',
  'products.results': 'Matching product lines',
  'products.loading': 'Loading the descriptions of 13,897 product lines…',
  'products.loadError': 'The product descriptions could not be loaded ({detail}).',
  'products.none': 'No product line matches “{q}”.',
  'products.count': '{n} lines match.',
  'products.countCut': '{n} lines match; the first {shown} are listed. Type more to narrow the list.',
  'products.option.country': '{country}: {imports} in 2024 · tariff now {rate} ({programs}) · {usmca} claims USMCA',
  'products.option.noDuty': 'no duty',
  'products.option.none': '{country}: not imported in 2024',
  'products.panel.one': 'HTS {code}: why this rate',
  'products.panel.many': '{n} lines under HTS {code}: why these rates',
  'products.panel.close': 'Close product',
  'products.panel.none': 'No line under HTS {code} was imported from Canada or Mexico in 2024.',
  'products.panel.cut': 'The first {shown} of {n} lines are shown; type a longer code to see the others.',
  'products.line.summary':
    '2024 imports {imports}; {usmca} entered under USMCA; tariff now {rate} ({duty} a year at 2024 volumes).',
  'products.line.banned': 'Under the Section 338 import ban, this trade is lost.',
  'products.term.base': '{rate} on {reach} of the value',
  'products.term.relief': '× {factor} that does not claim USMCA',
  'products.term.content': '× {factor} non-US content of USMCA vehicles',
  'products.col.code': 'HTS code and description',
  'products.col.imports': '2024 imports',
  'products.col.rate': 'Tariff now',
  'products.col.duty': 'Duty a year',
  'sectors.col.products': 'Products',
  'sectors.productsShow': 'Largest products',
  'sectors.productsHide': 'Hide products',
  'sectors.productsFor': 'Largest products by duty in {sector}',
  'sectors.productsCaption': '{n} largest product lines by duty: {sector}, {country}',
  'method.lines.title': 'One duty per article: lines on two lists',
  'method.lines.eo14289':
    'A line taken by the autos, auto-parts or truck programs pays that program and no steel or aluminum duty (Executive Order 14289 of 29 April 2025; Proclamation 10984 for trucks and their parts). Before April 2026, a USMCA part exempt from the parts duty is not subject to it, so its claimed share pays the metal duty instead. The product table’s own rules and the trackers charge a steel line on the parts list both duties in full: with them November 2025 gives 6.94% for Canada and 7.36% for Mexico, here 6.96% and 7.36% (npm run simulate -- --rules data reproduces theirs).',
  'method.lines.copper':
    'Insulated copper wire (HTS 8544.42.90, $1.8 billion from Mexico) is on the copper list and on the aluminum-derivative list, and no source we hold says which metal duty applies. Assumption: copper on its copper content and no aluminum duty, as the product table’s rules do; the Yale tracker charges neither, which would lower Mexico’s November 2025 rate by 0.09 points.',
  'method.lines.annex':
    'From 6 April 2026 a line a heading program covers has no annex tier, as in the product table and the trackers (note 16(a) makes the annex headings exclusive of one another; how the annexes treat USMCA parts exempt from the parts duty is in no source we hold). Each line’s Section 232 value is out of the base of Section 122 and forced-labour 301 (notes 2(aa) and 52(f)), and Section 338 applies to basket lines not under Section 232 (note 51(c)).',
  'glossary.title': 'Glossary',
  'glossary.intro':
    'The terms the simulator uses, in plain words. Each one also opens from a ? button where it appears.',
  'glossary.what': 'What is “{term}”?',
  'glossary.etr.term': 'Effective tariff rate',
  'glossary.etr.text':
    'The duty owed divided by the value of all goods imported from the country, the goods that pay nothing included. It sits far below the rates on the books when most goods are exempt.',
  'glossary.pp.term': 'Percentage point (pts)',
  'glossary.pp.text':
    'The difference between two percentages. A rate going from 2% to 8% rises by 6 percentage points (pts), which is a rise of 300 percent.',
  'glossary.mfn.term': 'MFN duty',
  'glossary.mfn.text':
    'The normal US tariff schedule (most-favoured-nation rates), the duty a good pays with no trade agreement and no special tariff. A good that claims USMCA pays none of it.',
  'glossary.usmca.term': 'USMCA claim',
  'glossary.usmca.text':
    'An importer’s declaration that a good meets the rules of origin of the US–Mexico–Canada Agreement. A claimed good pays no MFN duty and, while the exemption holds, none of the country-wide tariffs either. Section 232 duties apply all the same, except on the US content of vehicles and parts.',
  'glossary.utilization.term': 'USMCA utilization',
  'glossary.utilization.text':
    'The share of the value of imports for which importers actually claim USMCA. A good that could qualify but is not claimed pays the tariffs. The shares here are the ones US customs recorded in each period.',
  'glossary.s232.term': 'Section 232',
  'glossary.s232.text':
    'A US law (Trade Expansion Act of 1962) under which the President sets tariffs on imports judged a threat to national security: steel, aluminum, autos and parts, copper, lumber, trucks and others. They apply whether or not a good claims USMCA, except on the US content of vehicles and parts.',
  'glossary.ieepa.term': 'IEEPA',
  'glossary.ieepa.text':
    'The International Emergency Economic Powers Act of 1977, the law under which the 2025 country-wide tariffs on Canada and Mexico were imposed, with goods claiming USMCA exempt. Those tariffs were held unlawful and are void from 24 February 2026.',
  'glossary.s122.term': 'Section 122',
  'glossary.s122.text':
    'A US law (Trade Act of 1974) that lets the President add a surcharge of up to 15% for up to 150 days to deal with a balance-of-payments problem. Used from 24 February to 23 July 2026 on goods outside USMCA and Section 232.',
  'glossary.s301.term': 'Section 301',
  'glossary.s301.text':
    'A US law (Trade Act of 1974) under which the US Trade Representative answers a foreign country’s unfair practices, after an investigation, with tariffs; here the forced-labour duty in force from 24 July 2026.',
  'glossary.s338.term': 'Section 338',
  'glossary.s338.text':
    'A US law (Tariff Act of 1930) that lets the President add duties of up to 50% on the goods of a country that discriminates against US commerce; used on three baskets of Canadian goods from 22 August 2026.',
  'glossary.elasticity.term': 'Elasticity',
  'glossary.elasticity.text':
    'How strongly the amount imported falls when its price rises. With an elasticity of 1, a price 10% higher cuts the volume bought by about 10%. It is an assumption of the model, not a measurement.',
  'headline.why':
    'Why {etr}: {exposed} of {country}’s exports to the US face a new tariff, {avg} on average in new duties; the other {free} pay none of the new tariffs.',
  'headline.whyClaim': 'Most of those claim USMCA.',
  'headline.whyNone':
    'Why {etr}: no export to the US faces a new tariff in this scenario; what is left is the normal MFN duty.',
  'headline.lossOf': 'A loss as large as {gdp} of its GDP and {exports} of all its exports (a size, not a fall in GDP)',
  'headline.gainOf': 'A gain as large as {gdp} of its GDP and {exports} of all its exports',
  'sticky.label': 'Effective rates now',
  'sticky.country': '{country} {etr} · {duty}',
  'embed.footerLong':
    'Model on 2024 trade (data {version}, as of {asOf}); long-run trade response, by sector. Elasticities and vehicle content are assumptions.',
  'border.title': 'Across the border: measures on US goods',
  'border.summary': 'Across the border: Canada’s counter-tariffs on US goods, and Mexico’s choice',
  'border.note': 'Context, not in the numbers: the simulator models US tariffs on Canadian and Mexican goods only.',
  'border.intro':
    'What Canada and Mexico did on US goods, from retaliation.csv. The model leaves these out: its numbers are the US tariffs on Canadian and Mexican goods. One row of the file, recalled without a source, is not shown.',
  'border.col.country': 'Country',
  'border.col.measure': 'Measure',
  'border.col.rate': 'Rate',
  'border.col.date': 'From',
  'border.col.scope': 'Goods covered',
  'border.col.status': 'Status',
  'border.col.source': 'Source (confidence)',
  'border.caption': 'Measures of Canada and Mexico on US goods, 2025–2026',
  'border.item': '{date}: {measure}, {rate}; {scope}. Now: {status}.',
  'summary.footerLong': 'Model on 2024 trade (data {version}); long-run trade response, by sector. {link}',
  'embed.edited': '{preset}, edited',
  'compare.otherB': 'B: the scenario from the link',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
