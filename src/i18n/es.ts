// Spanish interface text (Mexican Spanish conventions; the agreement is the T-MEC in Spanish).
import type { Messages } from './en';
import { programMessages } from './programTexts';

export const es: Messages = {
  ...programMessages('es'),
  'app.title': 'Simulador de aranceles del T-MEC',
  'app.tagline':
    'Mueva los aranceles de Estados Unidos a Canadá y México y vea los aranceles pagados, las tasas efectivas y el comercio en riesgo, recalculados con cada cambio a partir de los datos comerciales de 2024.',
  'app.skip': 'Ir al simulador',
  'app.loading': 'Cargando datos comerciales…',
  'app.loadingShort': 'Cargando…',
  'app.dataError.title': 'No se cargaron los datos comerciales',
  'app.dataError.kept': 'Su configuración se conserva. Revise la conexión e intente de nuevo.',
  'app.retry': 'Reintentar',
  'app.crash.title': 'Algo salió mal',
  'app.crash.retry': 'Intentar de nuevo',
  'app.language': 'Idioma',
  'app.theme': 'Tema',
  'app.theme.auto': 'Automático',
  'app.theme.light': 'Claro',
  'app.theme.dark': 'Oscuro',
  'nav.label': 'Pantallas',
  'nav.simulator': 'Simulador',
  'nav.methodology': 'Metodología',
  'nav.reality': 'Contraste con 2025',

  'data.error.download': 'No se pudieron descargar los datos comerciales ({detail}).',
  'data.error.json': 'El archivo de datos comerciales no es un JSON válido.',
  'data.error.damaged': 'El archivo de datos comerciales está dañado ({detail}).',
  'data.versionNotice.title': 'Este enlace se creó con otros datos',
  'data.versionNotice.body':
    'Las cifras del remitente provenían de la versión de datos {link}; la aplicación tiene ahora {now}. Toda la configuración es la enviada, pero las cifras pueden diferir.',

  'country.CA': 'Canadá',
  'country.MX': 'México',

  'unit.percent': 'por ciento',
  'unit.times': 'veces',
  'field.changed': 'cambiado',
  'field.changedTitle': 'Cambiado respecto al escenario predefinido',
  'field.inPercentOf': '{label}, en {unit}',
  'field.on': 'Activado',
  'field.off': 'Desactivado',
  'field.inForce': 'En vigor desde el {date}',

  'param.caGeneral.label': 'Canadá: tasa general',
  'param.caGeneral.help':
    'Arancel a los bienes canadienses que no se acogen al T-MEC (35 % desde el 1 de agosto de 2025).',
  'param.caEnergy.label': 'Canadá: energía, minerales críticos y potasa',
  'param.caEnergy.help': 'Tasa reducida para la lista de energía y potasa (10 % en 2025).',
  'param.mxGeneral.label': 'México: tasa general',
  'param.mxGeneral.help': 'Arancel a los bienes mexicanos que no se acogen al T-MEC (25 % en 2025).',
  'param.mxPotash.label': 'México: potasa',
  'param.mxPotash.help': 'Tasa reducida para la potasa mexicana (10 % en 2025).',
  'param.usmcaExemption.label': 'Exención del T-MEC',
  'param.usmcaExemption.help':
    'Activada: los bienes que se acogen al T-MEC no pagan el arancel general, las autopartes y partes de camión del T-MEC no pagan la Sección 232 y los vehículos del T-MEC pagan la 232 solo sobre su contenido no estadounidense.',
  'param.utilization.label': 'Uso del T-MEC',
  'param.utilization.help':
    'Observado: la proporción de cada sector que se acogió al T-MEC en un periodo. Uniforme: una sola proporción para todos los sectores de un país.',
  'param.period.label': 'Periodo del uso observado del T-MEC',
  'param.period.help':
    'Proporciones de uso aplicadas a la canasta de 2024. El uso se disparó a mediados de 2025, cuando la exención hizo rentable la certificación.',
  'param.uniformCa.label': 'Canadá: proporción que se acoge al T-MEC',
  'param.uniformCa.help': 'Sustituye todas las proporciones canadienses observadas (modo uniforme).',
  'param.uniformMx.label': 'México: proporción que se acoge al T-MEC',
  'param.uniformMx.help': 'Sustituye todas las proporciones mexicanas observadas (modo uniforme).',
  'param.usmcaTerminated.label': 'Fin del T-MEC',
  'param.usmcaTerminated.help':
    'Hipótesis: el tratado termina. Ningún alivio del T-MEC y aranceles NMF a todos los bienes.',
  'param.usContentShare.label': 'Contenido estadounidense de los vehículos del T-MEC',
  'param.usContentShare.help':
    'Parte del valor de un vehículo del T-MEC que es contenido estadounidense y por eso no paga el arancel automotriz. Supuesto: 40 %.',
  'param.autoOffset.label': 'Compensación automotriz',
  'param.autoOffset.help':
    'Se resta de las tasas a automóviles y autopartes: 3.75 % del precio de lista de los vehículos ensamblados en Estados Unidos x una proporción de ensamble estadounidense de 33 % = 1.24 %. Supuesto.',
  'param.elasticityMode.label': 'Respuesta del comercio',
  'param.elasticityMode.help':
    'Corto plazo: una sola elasticidad para todos los sectores (1.0, alrededor de un año). Largo plazo: la elasticidad de Broda–Weinstein de cada sector, con tope de 8.',
  'param.elasticity.label': 'Elasticidad uniforme',
  'param.elasticity.help':
    'Cuánto caen las importaciones cuando sube su precio: 1.0 significa que un precio 10 % más alto reduce el volumen alrededor de 9 %. Supuesto.',
  'param.elasticityMultiplier.label': 'Multiplicador de elasticidad',
  'param.elasticityMultiplier.help':
    'Escala todas las elasticidades: menos de 1 para un comercio más rígido, más de 1 para cambios más rápidos. Supuesto.',
  'option.utilization.observed': 'Observado en un periodo',
  'option.utilization.uniform': 'Una proporción por país',
  'option.elasticityMode.uniform': 'Corto plazo (uniforme)',
  'option.elasticityMode.sector': 'Largo plazo (por sector)',
  'option.period.2024': '2024 (antes de los aranceles)',
  'option.period.2025h1': '1.er semestre de 2025',
  'option.period.2025h2': '2.º semestre de 2025 (auge de la certificación)',
  'option.period.withShares': '{period}: Canadá {ca}, México {mx}',

  'preset.pre-2025.label': 'Antes de 2025 (solo NMF)',
  'preset.pre-2025.description':
    'Solo aranceles de nación más favorecida a los bienes que no se acogen al T-MEC; uso del T-MEC de 2024.',
  'preset.feb-2025-announced.label': 'Anuncio del 1 de febrero de 2025',
  'preset.feb-2025-announced.description':
    'Canadá 25 % (energía 10 %), México 25 % a todos los bienes, sin exención del T-MEC, como se anunció al inicio.',
  'preset.mar-2025-usmca-exempt.label': '7 de marzo de 2025: bienes del T-MEC exentos',
  'preset.mar-2025-usmca-exempt.description':
    'Arancel general de 25 % (energía y potasa 10 %) solo a los bienes que no se acogen al T-MEC.',
  'preset.mar-2025-steel-25.label': '12 de marzo de 2025: acero y aluminio al 25 %',
  'preset.mar-2025-steel-25.description':
    'Sección 232 sobre acero y aluminio al 25 %, sin alivio del T-MEC, además de las medidas de marzo.',
  'preset.apr-2025-autos.label': 'Abril–mayo de 2025: automóviles y autopartes al 25 %',
  'preset.apr-2025-autos.description':
    'Automóviles 25 % (vehículos del T-MEC sobre el contenido no estadounidense) y autopartes 25 % (partes del T-MEC exentas).',
  'preset.jun-2025-steel-50.label': '4 de junio de 2025: acero y aluminio al 50 %',
  'preset.jun-2025-steel-50.description':
    'El acero y el aluminio se duplican al 50 %; automóviles y autopartes siguen en 25 %.',
  'preset.aug-2025-canada-35.label': '1 de agosto de 2025: Canadá 35 %, cobre 50 %',
  'preset.aug-2025-canada-35.description':
    'La tasa general a Canadá sube a 35 %; el cobre se suma a los metales al 50 %; uso del T-MEC del 2.º semestre de 2025.',
  'preset.nov-2025.label': 'Noviembre de 2025: el conjunto completo',
  'preset.nov-2025.description':
    'Las tasas de agosto, más madera al 10 %, muebles al 25 % (14 de oct.), camiones al 25 % y autobuses al 10 % (1 de nov.).',
  'preset.nov-2025-no-exemption.label': 'Hipótesis: noviembre de 2025 sin la exención del T-MEC',
  'preset.nov-2025-no-exemption.description':
    'Las tasas de noviembre sin ningún alivio del T-MEC: el desenlace que temen los negociadores.',
  'preset.feb-2026-section-122.label': 'Febrero de 2026: se anula la IEEPA, Sección 122 al 10 %',
  'preset.feb-2026-section-122.description':
    'Aranceles IEEPA anulados; una sobretasa de 10 % por la Sección 122 sobre bienes fuera del T-MEC y de la Sección 232, menos sus exenciones (energía, minerales, fertilizantes, farmacéuticos, mucha electrónica); 232 como en noviembre.',

  'lesson.builtin.title': 'La ruta arancelaria, 2025–2026',
  'lesson.custom.title': 'Lección',
  'lesson.stepN': 'Paso {n}',
  'lesson.note.pre-2025':
    'Empiece aquí: antes de 2025 casi todo cruzaba sin aranceles. Los aranceles NMF solo recaen en los bienes que no se acogen al T-MEC.',
  'lesson.note.feb-2025-announced':
    'Como se anunció el 1 de febrero de 2025, sin exención del T-MEC: se habría gravado una cuarta parte del valor exportado. Pregunta: ¿quién paga el arancel?',
  'lesson.note.mar-2025-usmca-exempt':
    'La exención de los bienes del T-MEC lo cambia todo: solo pagan los bienes que no se acogen. Señale la parte que sigue expuesta.',
  'lesson.note.mar-2025-steel-25':
    'Sección 232 sobre acero y aluminio: sin alivio del T-MEC, y el arancel general no se suma encima.',
  'lesson.note.apr-2025-autos':
    'Los automóviles pagan solo sobre su contenido no estadounidense; las partes del T-MEC están exentas. Vea el tramo automotriz en la barra.',
  'lesson.note.jun-2025-steel-50':
    'Duplicar el acero y el aluminio al 50 % golpea sobre todo a Canadá: compare los tramos de metales.',
  'lesson.note.aug-2025-canada-35':
    'Canadá sube a 35 %, pero el uso del T-MEC saltó a cerca de 90 % en el segundo semestre: la tasa efectiva baja. ¿Por qué?',
  'lesson.note.nov-2025':
    'El conjunto completo de noviembre de 2025, el escenario por defecto. Abra los sectores para ver dónde recaen los aranceles.',
  'lesson.note.nov-2025-no-exemption':
    'Una hipótesis: las mismas tasas sin la exención del T-MEC. De esto trata la revisión.',
  'lesson.note.feb-2026-section-122':
    'Después de que la Suprema Corte anuló los aranceles IEEPA, una sobretasa de 10 % por la Sección 122 con los bienes del T-MEC exentos.',

  'editor.title': 'Configuración del escenario',
  'editor.countryWide':
    'Aranceles por país de 2025 (IEEPA, bienes fuera del T-MEC; declarados ilegales, nulos desde el 24 feb 2026)',
  'editor.usmca': 'T-MEC',
  'editor.response': 'Respuesta del comercio (supuesto)',
  'editor.elasticityFallback': 'Solo se usa para los sectores sin estimación (electricidad).',
  'editor.advanced': 'Avanzado: tasas de la Sección 232, vehículos, fin del tratado',
  'editor.s232': 'Sección 232 (sin alivio del T-MEC salvo vehículos y partes)',
  'editor.vehicles': 'Los vehículos y el tratado',

  'timeline.label': 'Escenarios de la cronología',
  'timeline.custom': 'Escenario personalizado',
  'timeline.showing': 'Se muestra {preset}: {description}',
  'timeline.changed': 'Cambiado respecto a {preset}: {settings}.',
  'timeline.reset': 'Volver al escenario predefinido',

  'headline.label': 'Resultados principales',
  'headline.etr': 'Tasa arancelaria efectiva',
  'headline.duty': 'Aranceles por año',
  'headline.exposed': 'Exportaciones con un arancel nuevo',
  'headline.exposedShare': '({share} de las exportaciones a Estados Unidos)',
  'headline.exportChange': 'Cambio estimado de las exportaciones a Estados Unidos',
  'headline.vsBefore': '{delta} frente a antes de 2025',
  'headline.points': '{sign}{value} pts',

  'why.title': 'Por qué esta cifra',
  'why.chartTitle': 'Tasa efectiva por programa',
  'why.reading':
    'El {ca} de Canadá y el {mx} de México divididos por programa; para Canadá la mayor parte es: {program}.',
  'why.noTariff': 'No se aplica ningún arancel.',
  'why.source':
    'Modelo sobre las importaciones de Estados Unidos de 2024 (Census) y el uso del T-MEC (USITC); tasas de las proclamas y órdenes listadas en la página de fuentes.',
  'why.tableProgram': 'Programa',
  'why.tableEtr': 'Tasa efectiva',
  'why.points': '{value} pts',
  'explain.country': 'País',
  'explain.sector': 'Sector a explicar',
  'explain.intro': '{country}, {sector}:',
  'explain.value': '{value} de exportaciones a Estados Unidos en 2024.',
  'explain.notCovered': 'no cubierto por un programa 232 activo',
  'explain.inScope': 'dentro del alcance',
  'explain.vehicles': '(los vehículos del T-MEC pagan solo sobre su contenido no estadounidense)',
  'explain.claiming': '(1 − {share} que se acoge al T-MEC)',
  'explain.noRelief': '(sin alivio del T-MEC)',
  'explain.total':
    'Aranceles totales de {duty}, una tasa efectiva de {etr}. Con una elasticidad comercial de {epsilon}, las exportaciones cambian en {change} ({pct}).',

  'sectors.title': 'Sectores',
  'sectors.chartTitle': '{country}: aranceles y cambio de exportaciones por sector',
  'sectors.reading':
    '{sector} es el que más aranceles paga, {duty}; las barras a la izquierda muestran el cambio estimado de las exportaciones.',
  'sectors.readingNone': 'Ningún sector paga aranceles nuevos en este escenario.',
  'sectors.source':
    'Modelo sobre las importaciones de Estados Unidos de 2024 por sector (Census); los 10 sectores con más aranceles y el resto sumado.',
  'sectors.other': 'Otros sectores ({n})',
  'sectors.duty': 'Aranceles',
  'sectors.change': 'Cambio de exportaciones',
  'sectors.dutyBn': 'Aranceles (miles de millones de US$)',
  'sectors.changeBn': 'Cambio de exportaciones (miles de millones de US$)',
  'sectors.tableCountry': 'País de la tabla de sectores',
  'sectors.caption': 'Los {n} sectores de {country}, ordenados por {column}',
  'sectors.col.label': 'Sector',
  'sectors.col.importsUsd': 'Exportaciones a EE. UU., 2024',
  'sectors.col.dutyUsd': 'Aranceles',
  'sectors.col.etr': 'Tasa efectiva',
  'sectors.col.exportChangeUsd': 'Cambio de exportaciones',
  'sectors.explain': 'Explicar: {sector}',

  'sensitivity.title': 'Sensibilidad',
  'sensitivity.chartTitle': 'Si mueve «{param}»',
  'sensitivity.reading':
    'De {from} a {to}, la tasa efectiva de Canadá va de {caFrom} a {caTo} y la de México de {mxFrom} a {mxTo}; las líneas punteadas muestran el cambio de las exportaciones.',
  'sensitivity.source':
    'El modelo ejecutado {n} veces en todo el rango del control, con todo lo demás igual. Mueva cualquier control deslizante para recorrerlo.',
  'sensitivity.now': 'actual: {value}',
  'sensitivity.value': 'Valor',
  'sensitivity.etrCA': 'Canadá: tasa efectiva',
  'sensitivity.etrMX': 'México: tasa efectiva',
  'sensitivity.exportCA': 'Canadá: cambio de exportaciones',
  'sensitivity.exportMX': 'México: cambio de exportaciones',

  'context.title': 'Contexto: Canadá, México y la revisión del T-MEC',
  'context.source': 'Fuente: {source}. Confiabilidad: {confidence}.',

  'chart.source': 'Fuente: {source}',
  'chart.table': 'Mostrar las cifras en una tabla',
  'chart.legend': 'Leyenda',
  'chart.download': 'Descargar «{title}» como {format}',
  'chart.loading': 'Cargando gráfica…',
  'chart.imageError': 'No se pudo crear el archivo ({detail}).',

  'footer.data': 'Versión de datos {version}, al {asOf}. Año base {year}.',
  'footer.limits':
    'Un modelo de equilibrio parcial: sin efectos cambiarios, de represalias ni de cadenas de suministro. Las elasticidades, el contenido estadounidense de los vehículos y la compensación automotriz son supuestos.',

  'notice.dismiss': 'Cerrar',
  'notice.dismissLabel': 'Cerrar: {title}',
  'link.problems.one': 'Un ajuste de este enlace no se pudo usar',
  'link.problems.many': '{n} ajustes de este enlace no se pudieron usar',
  'link.problem': '{param} = «{value}»: {reason}',
  'link.problemDefault': '{param} = «{value}»: {reason}; se usa el valor por defecto ({fallback}).',
  'link.reason.notNumber': 'no es un número (por ejemplo {example})',
  'link.reason.outOfRange': 'fuera del rango {min}–{max}',
  'link.reason.notOnOff': 'se esperaba on u off',
  'link.reason.notOneOf': 'no es uno de: {options}',
  'link.reason.repeated': 'dado {count} veces',
  'link.reason.noPreset': 'escenario predefinido desconocido',
  'link.reason.tooLong': 'más largo que {max}; se ignora completo',
  'link.reason.unreadable': 'no se pudo leer',
  'link.reason.badVersion': 'no es un número de versión; se lee como la versión 1',
  'link.reason.newerVersion': 'creado por una versión más reciente de la aplicación; se lee como la versión {version}',
  'link.reason.notZeroOne': 'se esperaba 1 o 0',
  'link.reason.badData': 'no es una versión de datos',
  'link.reason.badLang': 'no es uno de: en, fr, es',

  'saved.notice.one': 'No se pudo leer una entrada guardada',
  'saved.notice.many': 'No se pudieron leer {n} entradas guardadas',
  'saved.notice.kept':
    'Se apartaron en el almacenamiento de este navegador, no se borraron; sus demás escenarios guardados están bien.',
  'saved.reason.notJson': 'Los escenarios guardados no son un JSON válido',
  'saved.reason.newer': 'Guardado por una versión más reciente de la aplicación (formato {version})',
  'saved.reason.unknownFormat': 'Los escenarios guardados están en un formato desconocido',
  'saved.reason.entry.saved': 'Entrada guardada {n} ({preview}): {detail}',
  'saved.reason.entry.file': 'Entrada del archivo {n} ({preview}): {detail}',
  'saved.reason.entry.migrated': 'Entrada migrada {n} ({preview}): {detail}',
  'saved.import.notJson': 'El archivo no es JSON. Elija un archivo exportado desde esta aplicación.',
  'saved.import.notOurs': 'El archivo no se exportó desde el simulador de aranceles del T-MEC.',
  'saved.import.wrongFormat': 'El archivo tiene el formato {version}; esta aplicación lee el formato {expected}.',
  'saved.import.noList': 'El archivo no tiene una lista de escenarios.',
  'saved.unavailable': 'No es posible guardar en este navegador ({detail}).',
  'saved.writeFailed': 'No se pudo guardar en este navegador ({detail}); exporte sus escenarios para conservarlos.',

  'tools.label': 'Herramientas del escenario',
  'tools.share': 'Compartir',
  'tools.saved': 'Escenarios guardados',
  'tools.compare': 'Comparar A y B',
  'tools.csv': 'Descargar CSV',
  'tools.present': 'Presentar: la ruta arancelaria, 2025–2026',

  'share.region': 'Compartir este escenario',
  'share.intro': 'El enlace contiene toda la configuración: quien lo abra verá exactamente estas cifras.',
  'share.link': 'Enlace',
  'share.summary': 'Resumen',
  'share.embed': 'Código para insertar',
  'share.copy': 'Copiar: {what}',
  'share.copied': 'Copiado.',
  'share.manual': 'Este navegador no permitió copiar: el texto está seleccionado, presione Ctrl+C (⌘C en una Mac).',
  'share.native': 'Compartir…',
  'share.embedTitle': 'Escenario arancelario del T-MEC',

  'summary.preset': 'Escenario: {preset}',
  'summary.changed': '{heading}, con cambios: {settings}',
  'summary.custom': 'Escenario (personalizado): {settings}',
  'summary.noChanges': 'sin cambios',
  'summary.country':
    '{country}: tasa efectiva {etr}, aranceles de {duty} al año, {exposed} de exportaciones con un arancel nuevo ({share}), exportaciones a Estados Unidos {pct} ({change}, una pérdida equivalente al {gdp} del PIB).',
  'summary.footer': 'Modelo sobre el comercio de 2024 (datos {version}); respuesta del comercio a un año. {link}',

  'saved.region': 'Escenarios guardados',
  'saved.name': 'Nombre',
  'saved.placeholder': 'p. ej. Canadá al 50 %',
  'saved.save': 'Guardar el escenario actual',
  'saved.defaultName': 'Mi escenario',
  'saved.editedName': '{preset} (editado)',
  'saved.savedMsg': 'Se guardó «{name}».',
  'saved.loadedMsg': 'Se cargó «{name}».',
  'saved.comparingMsg': 'Comparando con «{name}».',
  'saved.deletedMsg': 'Se borró «{name}».',
  'saved.importedMsg': 'Se importaron {n} escenario(s).',
  'saved.importedSomeMsg': 'Se importaron {n} escenario(s); {bad} no se pudieron usar.',
  'saved.reading': 'Leyendo los escenarios guardados…',
  'saved.empty':
    'Todavía no hay escenarios guardados. Se quedan en este navegador; expórtelos para conservar una copia.',
  'saved.newName': 'Nuevo nombre para «{name}»',
  'saved.saveName': 'Guardar nombre',
  'saved.cancel': 'Cancelar',
  'saved.load': 'Cargar',
  'saved.loadLabel': 'Cargar {name}',
  'saved.compare': 'Comparar',
  'saved.compareLabel': 'Comparar con {name}',
  'saved.rename': 'Renombrar',
  'saved.renameLabel': 'Renombrar {name}',
  'saved.delete': 'Borrar',
  'saved.deleteLabel': 'Borrar {name}',
  'saved.inLesson': 'Incluir {name} en la lección',
  'saved.present': 'Presentar los escenarios marcados como una lección ({n})',
  'saved.export': 'Exportar los escenarios guardados (JSON)',
  'saved.import': 'Importar escenarios de un archivo',
  'saved.importErrors': 'Una parte del archivo no se pudo usar:',

  'compare.region': 'Comparar escenarios',
  'compare.pick': 'Comparar el escenario actual (A) con B:',
  'compare.choose': 'Elija un escenario…',
  'compare.presets': 'Escenarios predefinidos',
  'compare.saved': 'Escenarios guardados',
  'compare.swap': 'Intercambiar A y B',
  'compare.stop': 'Dejar de comparar',
  'compare.title': 'Comparar A y B',
  'compare.loading': 'Cargando la comparación…',
  'compare.names': 'A: {a} (actual). B: {b}.',
  'compare.current': 'Escenario actual',
  'compare.b': 'Escenario B',
  'compare.caption': 'Cifras principales, A y B, con la diferencia B − A',
  'compare.measure': 'Medida',
  'compare.gdp': '… como proporción del PIB',
  'compare.change': 'Cambio de las exportaciones a Estados Unidos',
  'compare.programTitle': 'Tasa efectiva por programa, A y B',
  'compare.programReading': 'Canadá: A {caA}, B {caB}; México: A {mxA}, B {mxB}.',
  'compare.programSource':
    'Modelo sobre las importaciones de Estados Unidos de 2024 (Census) y el uso del T-MEC (USITC).',
  'compare.sectorTitle': '{country}: aranceles por sector, A y B',
  'compare.sectorReading': 'Los {n} sectores con más aranceles en cualquiera de los escenarios; A arriba, B abajo.',
  'compare.sectorSource': 'Modelo sobre las importaciones de Estados Unidos de 2024 por sector (Census).',
  'compare.dutyA': 'Aranceles A (miles de millones de US$)',
  'compare.dutyB': 'Aranceles B (miles de millones de US$)',
  'compare.legendA': 'A: {name}',
  'compare.legendB': 'B: {name}',

  'embed.title': 'Aranceles de Estados Unidos a Canadá y México: {name}',
  'embed.custom': 'escenario personalizado',
  'embed.open': 'Abrir en el simulador de aranceles del T-MEC',
  'embed.footer':
    'Modelo sobre el comercio de 2024 (datos {version}, al {asOf}); respuesta del comercio a un año. Las elasticidades y el contenido de los vehículos son supuestos.',

  'present.loading': 'Cargando la presentación…',
  'present.step': '{lesson} · paso {n} de {total}',
  'present.previous': '← Anterior',
  'present.next': 'Siguiente →',
  'present.qr': 'Código QR (Q)',
  'present.exit': 'Salir (Esc)',
  'present.etr': 'tasa arancelaria efectiva',
  'present.line': '{duty} de aranceles al año · exportaciones a Estados Unidos {pct} ({change})',
  'present.chart': 'Tasa efectiva por programa',
  'present.changes': 'Qué cambió desde el paso anterior',
  'present.first': 'Primer paso',
  'present.noChange': 'No cambió ningún ajuste.',
  'present.qrRegion': 'Código QR del enlace de este paso',
  'present.qrLabel': 'Código QR del enlace de este paso: escanéelo para abrir el mismo escenario',
  'present.qrHelp': 'Escanee para abrir este escenario en un teléfono.',
  'present.qrError': 'No se pudo crear el código QR ({detail}).',

  'method.title': 'Cómo se obtienen las cifras',
  'method.intro':
    'Para Canadá y México, línea de producto por línea (las 22.363 líneas HTS10 de las importaciones de 2024: 12.140 canadienses, 10.223 mexicanas), el modelo determina qué aranceles se aplican a qué parte del valor de cada línea, según las tasas elegidas y la parte que se acoge al T-MEC. Suma los aranceles línea por línea, luego por sector y país, divide entre el valor para obtener la tasa efectiva y estima cuánto menos se vendería a esos precios. Las reglas siguientes se aplican a cada línea.',
  'method.rule1.title': 'Primero, la Sección 232',
  'method.rule1.words':
    'Cada programa 232 activo grava la parte de un sector que entra en su alcance (para los derivados de acero, aluminio y cobre, solo el contenido metálico). Los vehículos del T-MEC pagan la tasa automotriz o de camiones solo sobre su contenido no estadounidense; las partes del T-MEC están exentas. La compensación para los vehículos ensamblados en Estados Unidos se resta de las tasas a automóviles y autopartes.',
  'method.rule2.title': 'Sin acumulación',
  'method.rule2.words':
    'El arancel general nunca se aplica al valor que cubre un programa 232 activo. Si se desactiva un programa, sus bienes vuelven al arancel general.',
  'method.rule3.title': 'El arancel general',
  'method.rule3.words':
    'Se aplica a lo que ningún programa 232 cubre y no se acoge al T-MEC, a la tasa general o a la tasa reducida de la lista de energía y potasa.',
  'method.rule4.title': 'Aranceles NMF',
  'method.rule4.words':
    'Los aranceles normales (de nación más favorecida) recaen en los bienes que no se acogen al T-MEC; si el T-MEC terminara, en todos los bienes.',
  'method.rule5.title': 'Tasa efectiva',
  'method.rule5.words':
    'Los aranceles de un sector son sus importaciones de 2024 por la suma de los tramos anteriores; la tasa efectiva de un país es el total de sus aranceles entre sus importaciones, y los tramos suman esa tasa.',
  'method.rule6.title': 'Respuesta del comercio',
  'method.rule6.words':
    'Cada tramo de un sector responde a su propio arancel con una elasticidad constante, que se mantiene positiva con cualquier arancel. Corto plazo: 1 para todos los sectores. Largo plazo: la elasticidad de Broda–Weinstein de cada sector, con tope de {cap}.',
  'method.example.title': 'Un ejemplo en vivo',
  'method.example.help': 'Elija un sector: el cálculo sigue la configuración del simulador.',
  'method.assumptions.title': 'Los supuestos y su origen',
  'method.assumptions.col.what': 'Supuesto',
  'method.assumptions.col.value': 'Valor',
  'method.assumptions.col.source': 'Fuente o razón',
  'method.a.usContent': 'Contenido estadounidense de los vehículos del T-MEC',
  'method.a.usContent.source':
    'Supuesto; los vehículos pagan el arancel automotriz sobre el resto (procedimiento de Comercio, mayo de 2025).',
  'method.a.offset': 'Compensación automotriz',
  'method.a.offset.source':
    '3.75 % del precio de lista de los vehículos ensamblados en Estados Unidos (modificación de abril de 2025) x una proporción supuesta de ensamble estadounidense de 33 %.',
  'method.a.short': 'Elasticidad a corto plazo',
  'method.a.short.source': 'Supuesto: alrededor de un año de ajuste, igual en todos los sectores.',
  'method.a.long': 'Elasticidades a largo plazo',
  'method.a.long.value': 'por sector, como máximo {cap}',
  'method.a.long.source':
    'Broda y Weinstein (2006), elasticidades de sustitución de Estados Unidos a nivel HTS10, medianas por sector.',
  'method.a.usmca': 'Proporciones del T-MEC',
  'method.a.usmca.value': 'observadas, por periodo',
  'method.a.usmca.source':
    'Uso registrado en USITC DataWeb (2024, 1.er sem. 2025, 2.º sem. 2025) aplicado a la canasta de 2024.',
  'method.a.metal': 'Contenido metálico de los derivados',
  'method.a.metal.value': 'por producto',
  'method.a.metal.source':
    'Proporciones insumo-producto del BEA tal como las codifica el monitor del Yale Budget Lab (confiabilidad media).',
  'method.a.caExports': 'Exportaciones totales de Canadá en US$',
  'method.a.caExports.value': '{share} de las importaciones de Estados Unidos desde Canadá',
  'method.data.title': 'Los datos',
  'method.data.version': 'Versión de datos {version}, al {asOf}, año base {year}.',
  'method.data.caption': 'Las medidas de Estados Unidos sobre Canadá y México, 2025–2026',
  'method.data.col.measure': 'Medida',
  'method.data.col.country': 'País',
  'method.data.col.rate': 'Tasa',
  'method.data.col.from': 'Desde',
  'method.data.col.instrument': 'Instrumento jurídico',
  'method.data.col.confidence': 'Confiabilidad',
  'method.data.english': 'Las medidas se presentan como se registraron en las fuentes, en inglés.',
  'method.collected.title': 'Tasas legales, aranceles recaudados y otras estimaciones',
  'method.collected.text':
    'El simulador da tasas legales: lo que la ley cobra sobre la canasta de 2024. Los aranceles que el Tesoro realmente recauda son distintos. Llegan con retraso (se pagan semanas después de la importación), siguen la canasta del año y no la de 2024, reflejan exclusiones, devoluciones y mercancías retornadas, y cuentan el uso del T-MEC mes a mes. Las estimaciones publicadas (Yale Budget Lab, Banco de Canadá) también difieren por sus ponderaciones y por cómo acumulan los programas.',
  'method.collected.caption':
    'Aranceles recaudados y proporciones gravables (series mensuales del Tesoro y del Census)',
  'method.collected.col.month': 'Mes',
  'method.collected.col.rate': 'Aranceles de Estados Unidos / todas las importaciones',
  'method.collected.col.ca': 'Proporción gravable, Canadá',
  'method.collected.col.mx': 'Proporción gravable, México',
  'method.limits.title': 'Lo que el modelo deja fuera',
  'method.limits.ge':
    'No es un modelo de equilibrio general: no hay respuesta del tipo de cambio, ni represalias, ni efectos insumo-producto en las cadenas de suministro, ni efectos de precio en los consumidores estadounidenses más allá del propio arancel.',
  'method.limits.adcvd':
    'No se incluyen los derechos antidumping y compensatorios (alrededor de 35 % a la madera blanda canadiense, además del arancel 232).',
  'method.limits.ch98':
    'Los capítulos 98 y 99 (mercancías estadounidenses retornadas y clasificaciones especiales) quedan fuera de tasas y totales, como hacen los monitores públicos.',
  'method.limits.values':
    'Valores, no volúmenes: los precios se mantienen al nivel de 2024. Vea el contraste con 2025 para saber hasta dónde llega esta simplificación.',

  'reality.title': 'El contraste con 2025',
  'reality.intro':
    'El modelo parte del comercio de 2024. Ejecutado mes a mes a lo largo de la ruta real de 2025 (con la elasticidad de corto plazo de 1), predice cómo debieron ser las importaciones de 2025. Aquí está esa predicción junto a lo que Estados Unidos importó realmente en 2025.',
  'reality.total':
    '{country}: el modelo predijo {predicted} ({predictedUsd}); las importaciones cambiaron en realidad {actual} ({actualUsd}).',
  'reality.chartTitle': '{country}: cambio previsto y real en 2025, por sector',
  'reality.chartReading':
    'Los 12 sectores más grandes por valor en 2024; el cambio del modelo (barra superior) y el cambio real (barra inferior), frente a 2024.',
  'reality.chartSource':
    'Modelo sobre las importaciones de 2024 (Census) a lo largo de la ruta de 2025; importaciones reales de 2025 de USITC DataWeb.',
  'reality.predicted': 'Predicción del modelo',
  'reality.actual': 'Lo que ocurrió',
  'reality.col.sector': 'Sector',
  'reality.col.model': 'Modelo 2025',
  'reality.col.actual': 'Real 2025',
  'reality.misses.title': 'Dónde se equivoca un modelo sencillo',
  'reality.misses.intro': 'Las mayores diferencias, en dólares:',
  'reality.miss': '{country}, {sector}: el modelo esperaba {predicted}, el cambio real fue {actual}.',
  'reality.prices.title': 'Los precios.',
  'reality.prices':
    'Los datos son valores, no volúmenes: un cambio en los precios mundiales los mueve sin ningún arancel, sobre todo en energía y metales preciosos. El modelo mantiene los precios al nivel de 2024.',
  'reality.stockpiling.title': 'Las compras anticipadas.',
  'reality.stockpiling':
    'Los importadores compraron por adelantado: las importaciones mensuales desde México en el primer trimestre de 2025 superaron en {surge} su promedio de 2024 (series mensuales del Tesoro y del Census). Una elasticidad a un año no ve las mercancías adelantadas en el tiempo.',
  'reality.certification.title': 'El auge de la certificación del T-MEC.',
  'reality.certification':
    'Cuando la exención hizo rentable la certificación, la proporción de importaciones que se acoge al T-MEC pasó de {from} (Canadá) en {fromMonth} a {to} en {toMonth}. El modelo usa la proporción observada de cada periodo: el segundo semestre de 2025 ya cuenta ese aumento; los meses anteriores no.',
  'reality.demand.title': 'Una demanda que el modelo no conoce.',
  'reality.demand.machinery': 'En México, el sector {sector} pasó de {from} a {to} ({pct}) a pesar de los aranceles.',
  'reality.demand':
    'Un modelo de equilibrio parcial no tiene cambios de demanda, reubicación de cadenas de suministro, tipos de cambio ni represalias: responde qué harían los aranceles por sí solos al comercio de 2024.',
  'reality.path': 'La ruta de 2025, mes a mes: {path}.',
  'reality.utilization.title': 'Uso del T-MEC, mes a mes',
  'reality.utilization.chart': 'Proporción de las importaciones que se acoge al T-MEC',
  'reality.utilization.reading':
    'De {ca} para Canadá y {mx} para México en {month} a cerca de 90 % desde mediados de 2025.',
  'reality.utilization.source':
    'USITC DataWeb, importaciones para consumo que se acogen al T-MEC (SPI S/S+), mediante el monitor del Yale Budget Lab.',
  'reality.month': 'Mes',
  'link.reason.notPresent': 'se esperaba 1 (presentar) o 0',
  'link.reason.tooManySteps': 'más de {max} pasos; se muestran los primeros {max}',
  'link.reason.noStep': 'no existe ese paso (la lección tiene {max})',
  'link.cut.title': 'Se omitió parte de este enlace para que sea lo bastante corto para abrirse',
  'link.cut.steps':
    'El enlace contiene la lección sin sus últimos {n} paso(s): los enlaces se mantienen por debajo de 8000 caracteres. Guarde los pasos como escenarios para conservarlos todos.',
  'link.cut.unknown': 'Se quitaron del enlace {n} parámetro(s) que la aplicación no lee.',
  'saved.import.tooMany':
    'No se importaron {n} escenario(s): este navegador guarda como máximo {max}. Elimine algunos e importe el archivo de nuevo.',
  'saved.readOnly':
    'Sus escenarios guardados fueron escritos por una versión más reciente de la aplicación (formato {version}). Se conservan tal cual; esta versión no muestra ninguno y no guarda nada, para que ninguno se pierda. Vuelva a cargar para obtener la versión reciente.',
  'saved.stuck':
    'El almacenamiento está lleno: no se pudieron apartar {n} valor(es) ilegible(s); se quedan donde estaban y el guardado está en pausa. Exporte sus escenarios y luego borre los datos de este sitio para volver a guardar.',
  'saved.showMore': 'Mostrar {n} más',
  'saved.noDate': 'sin fecha',
  'saved.lessonCut':
    'Una lección tiene como máximo {max} pasos: se presentan los primeros {max} de los {n} escenarios marcados. Desmarque algunos para elegir otros.',
  'present.qrTooLong':
    'Este enlace es demasiado largo para un código QR ({n} caracteres; un código QR admite como máximo {max}). Compártalo con Compartir → Copiar enlace.',
  'data.error.timeout': 'Los datos comerciales no llegaron en {seconds} s.',
  'app.update.title': 'Hay una nueva versión del simulador',
  'app.update.body': 'Vuelva a cargar para usarla. Su escenario está en el enlace y se conserva.',
  'app.update.reload': 'Volver a cargar',
  'app.update.later': 'Más tarde',
  'app.chunk.title': 'No se pudo descargar una parte de la aplicación',
  'app.chunk.body':
    'Se cortó la conexión o se publicó una nueva versión. Vuelva a cargar la página: su escenario está en el enlace y se conserva.',
  'app.chunk.reload': 'Volver a cargar la página',
  'param.metalsBasis.label': 'Reglas de la Sección 232 sobre metales',
  'param.metalsBasis.help':
    'Hasta el 5 abr 2026 el contenido de metal de los bienes listados paga la tasa del metal; desde el 6 abr los niveles de los anexos se cobran sobre el valor total (I-A la tasa completa, I-B la mitad, Anexo III un piso de 15 %); desde el 8 jun se añade el Anexo I-C. No modelados: el cupo de suministro automotriz al 25 % y la prueba del 15 % del peso (las participaciones son cotas superiores).',
  'param.s338Mode.label': 'Sección 338 desde el 29 sep 2026',
  'param.s338Mode.help':
    'Se informó que las canastas pasaron a ser prohibiciones de importación desde el 29 sep 2026 (proclamas 11061 a 11063); ninguna fuente que pudimos leer dice qué fracciones se prohíben. Una prohibición elimina ese comercio en lugar de gravarlo.',
  'option.metalsBasis.content': 'Contenido de metal (hasta el 5 abr 2026)',
  'option.metalsBasis.annexApr': 'Niveles de los anexos, abril 2026',
  'option.metalsBasis.annexJun': 'Niveles de los anexos con I-C, junio 2026',
  'option.s338Mode.duty': 'Arancel de 50 %',
  'option.s338Mode.ban': 'Prohibición de importación (reportada)',
  'editor.programs': 'Programas sobre bienes fuera de la Sección 232 (2026)',
  'editor.s338ModeNote': 'Fuente: proclamas 11061 a 11063 según una auditoría de terceros; confianza baja.',
  'editor.pharmaNote':
    'Vigente desde el 31 jul 2026. La parte patentada es un supuesto (los valores por defecto del rastreador de Yale).',
  'preset.apr-2026-metals.label': '6 abr 2026: niveles de metales sobre el valor total',
  'preset.apr-2026-metals.description':
    'El acero, el aluminio y el cobre pasan a niveles de anexos sobre el valor total (I-A 50 %, I-B 25 %, Anexo III un piso de 15 %, Anexo II retirado), sin alivio del T-MEC; la Sección 122 continúa.',
  'preset.jun-2026-equipment.label': '8 jun 2026: Anexo I-C (equipo industrial móvil)',
  'preset.jun-2026-equipment.description':
    'La proclama 11032 añade el Anexo I-C (acero T-MEC: 25 % sobre el contenido no estadounidense, al menos 15 %) y mueve fracciones entre niveles.',
  'preset.jul-2026-section-301.label': '24 jul 2026: termina la Sección 122, empieza la 301 (trabajo forzoso)',
  'preset.jul-2026-section-301.description':
    'La Sección 122 vence el 23 jul; la reemplaza un arancel de 10 % por la Sección 301 (trabajo forzoso), sin bienes del T-MEC ni de la 232. El 1 jul Estados Unidos no aceptó prorrogar el T-MEC, que pasa a revisiones anuales.',
  'preset.aug-2026-section-338.label': '22 ago 2026: Sección 338 sobre Canadá, farmacéuticos',
  'preset.aug-2026-section-338.description':
    'Un arancel de 50 % por la Sección 338 sobre tres canastas de bienes canadienses (alcohol, lácteos, una lista de bienes de consumo), sin alivio del T-MEC; Sección 232 sobre medicamentos patentados desde el 31 jul.',
  'preset.dec-2026.label': 'Dic 2026: la ley vigente',
  'preset.dec-2026.description':
    'Los aranceles de EE. UU. sobre Canadá y México vigentes el 1 dic 2026: niveles de metales, los programas 232 por partida, farmacéuticos, la Sección 301 (trabajo forzoso) y la Sección 338 sobre Canadá.',
  'preset.dec-2026-no-exemption.label': 'Hipotético: dic 2026 sin la exención del T-MEC',
  'preset.dec-2026-no-exemption.description':
    'Las tasas de diciembre de 2026 sin alivio del T-MEC: los bienes del T-MEC pagan la Sección 301 (trabajo forzoso) y las tasas 232 completas.',
  'preset.dec-2026-usmca-withdrawal.label': 'Hipotético: EE. UU. se retira del T-MEC',
  'preset.dec-2026-usmca-withdrawal.description':
    'Las tasas de diciembre de 2026 sin el acuerdo: ningún alivio del T-MEC y el arancel NMF sobre todo bien que lo reclamaba.',
  'lesson.note.apr-2026-metals':
    'La tasa de los metales recae ahora sobre el valor total de los bienes listados, por nivel: compare las porciones de acero y aluminio con febrero.',
  'lesson.note.jun-2026-equipment':
    'Un paso menor: fracciones cambian de nivel y el acero T-MEC del Anexo I-C paga sobre su contenido no estadounidense.',
  'lesson.note.jul-2026-section-301':
    'Una nueva base legal con alcance parecido: el arancel 301 (trabajo forzoso) reemplaza a la Sección 122 casi punto por punto.',
  'lesson.note.aug-2026-section-338':
    'La Sección 338 recae solo sobre Canadá e ignora el T-MEC: vea cómo sube la tasa de Canadá mientras la de México apenas se mueve.',
  'lesson.note.dec-2026':
    'Dónde están las cosas hoy. Pregunta: ¿de cuáles de estos programas sigue protegiendo el T-MEC a Canadá y México?',
  'lesson.note.dec-2026-no-exemption':
    'El valor de la exención en un paso: las mismas tasas, con cada bien tratado como si no reclamara el T-MEC.',
  'lesson.note.dec-2026-usmca-withdrawal':
    'El retiro va más allá de perder la exención: los aranceles NMF vuelven sobre todo lo que reclamaba el T-MEC.',
  'method.programs.title': 'Los programas arancelarios',
  'method.programs.help':
    'Cada programa que conoce el modelo, tomado de su tabla (src/model/programs.ts): a quién alcanza, desde cuándo, cómo lo trata el T-MEC, con qué se acumula y los instrumentos legales.',
  'method.programs.col.program': 'Programa',
  'method.programs.col.authority': 'Fundamento · países',
  'method.programs.col.inForce': 'Vigencia',
  'method.programs.col.usmca': 'Trato del T-MEC',
  'method.programs.col.stacking': 'Acumulación',
  'method.programs.col.sources': 'Fuentes legales',
  'method.programs.from': 'desde el {from}',
  'method.programs.fromTo': 'del {from} al {to}',
  'method.programs.usmca.none': 'sin alivio',
  'method.programs.usmca.nonUsContent': 'los vehículos T-MEC pagan sobre el contenido no estadounidense',
  'method.programs.usmca.qualifyingExempt': 'bienes que califican al T-MEC exentos',
  'method.programs.usmca.claimedExempt': 'bienes importados bajo el T-MEC exentos',
  'timeline.currentTo': 'Ruta actualizada al {date}. Los pasos “Hipotético” nunca ocurrieron.',
  'reality.2026':
    'La verificación termina en 2025, el último año completo de datos de importación. Los programas de 2026 (Sección 122, niveles de metales, Sección 301 sobre trabajo forzoso, farmacéuticos, Sección 338) están en los escenarios del simulador; sus reglas e instrumentos legales están en la metodología.',
  'reality.2026.link': 'Ver los programas arancelarios',
  'method.limits.metals2026':
    'Niveles de metales de 2026: no se modelan el cupo de suministro automotriz para acero y aluminio de Canadá y México al 25 % (9903.82.18/.19), la prueba del 15 % del peso fuera de los capítulos 72, 73, 74 y 76 ni la vía del 95 % de metal estadounidense; las participaciones son cotas superiores. El Anexo I-C supone al menos 40 % de contenido estadounidense.',
  'method.limits.s338':
    'Sección 338: no se aplican la exención por uso en aeronaves civiles ni la modificación de la canasta de alcohol del 15 sep 2026; ninguna fuente legible dice qué fracciones pasaron a prohibición el 29 sep 2026, así que la opción de prohibición prohíbe todas las fracciones de las canastas.',
  'method.limits.fl301':
    'Sección 301 (trabajo forzoso): la lista de exenciones es el Anexo A propuesto (las listas finales de la nota 52 no están en ninguna fuente pública consultada). La parte T-MEC de cada línea viene del periodo del escenario (julio a diciembre de 2025 para 2025h2); la ventana de los monitores llega a febrero de 2026, lo que mueve cada programa de 2026 hasta 0,01 puntos.',
  'data.error.products':
    'La tabla de productos no corresponde a esta versión de los datos comerciales ({detail}). Vuelva a cargar la página.',
  'link.reason.badProduct': 'no es un código HTS (de 2 a 10 dígitos, se admiten puntos)',
  'products.title': 'Productos (códigos HTS)',
  'products.search': 'Buscar productos o códigos HTS',
  'products.placeholder': 'jarabe de arce, madera, 7208, 1702.20',
  'products.help':
    'Palabras de la descripción, o un código HTS o su inicio, de 2 a 10 dígitos (puntos opcionales). Las flechas recorren los resultados; Intro abre uno. Las descripciones son las del arancel de EE. UU., en inglés.',
  'products.results': 'Líneas de productos encontradas',
  'products.loading': 'Cargando las descripciones de 13.897 líneas de productos…',
  'products.loadError': 'No se pudieron cargar las descripciones de los productos ({detail}).',
  'products.none': 'Ninguna línea de producto coincide con «{q}».',
  'products.count': '{n} líneas encontradas.',
  'products.countCut': '{n} líneas encontradas; se muestran las primeras {shown}. Escriba más para acotar la lista.',
  'products.option.country':
    '{country}: {imports} en 2024 · arancel actual {rate} ({programs}) · {usmca} bajo el T-MEC',
  'products.option.noDuty': 'sin arancel',
  'products.option.none': '{country}: sin importaciones en 2024',
  'products.panel.one': 'HTS {code}: por qué esta tasa',
  'products.panel.many': '{n} líneas bajo HTS {code}: por qué estas tasas',
  'products.panel.close': 'Cerrar el producto',
  'products.panel.none': 'Ninguna línea bajo HTS {code} se importó de Canadá ni de México en 2024.',
  'products.panel.cut':
    'Se muestran las primeras {shown} de {n} líneas; escriba un código más largo para ver las demás.',
  'products.line.summary':
    'importaciones 2024 {imports}; {usmca} ingresadas bajo el T-MEC; arancel actual {rate} ({duty} al año con los volúmenes de 2024).',
  'products.line.banned': 'Con la prohibición de importación de la Sección 338, este comercio se pierde.',
  'products.term.base': '{rate} sobre {reach} del valor',
  'products.term.relief': '× {factor} que no se acoge al T-MEC',
  'products.term.content': '× {factor} de contenido no estadounidense de los vehículos T-MEC',
  'products.col.code': 'Código HTS y descripción',
  'products.col.imports': 'Importaciones 2024',
  'products.col.rate': 'Arancel actual',
  'products.col.duty': 'Aranceles al año',
  'sectors.col.products': 'Productos',
  'sectors.productsShow': 'Principales productos',
  'sectors.productsHide': 'Ocultar productos',
  'sectors.productsFor': 'Principales productos por aranceles en {sector}',
  'sectors.productsCaption': 'Las {n} líneas de productos con más aranceles: {sector}, {country}',
  'method.lines.title': 'Un solo arancel por artículo: líneas en dos listas',
  'method.lines.eo14289':
    'Una línea que toman los programas de autos, autopartes o camiones paga ese programa y ningún arancel sobre el acero o el aluminio (Orden Ejecutiva 14289 del 29 de abril de 2025; Proclamación 10984 para camiones y sus partes). Antes de abril de 2026, una parte T-MEC exenta del arancel de autopartes no está sujeta a él, así que su parte declarada paga el arancel del metal. Las reglas de la tabla de productos y los monitores cobran ambos aranceles completos a una línea de acero de la lista de partes: con ellas noviembre de 2025 da 6,94 % para Canadá y 7,36 % para México, aquí 6,96 % y 7,36 % (npm run simulate -- --rules data reproduce sus cifras).',
  'method.lines.copper':
    'El alambre de cobre aislado (HTS 8544.42.90, 1.800 M US$ de México) está en la lista del cobre y en la de derivados del aluminio, y ninguna fuente consultada dice qué arancel se aplica. Supuesto: cobre sobre su contenido de cobre y ningún arancel al aluminio, como las reglas de la tabla de productos; el monitor de Yale no cobra ninguno, lo que bajaría 0,09 puntos la tasa de México en noviembre de 2025.',
  'method.lines.annex':
    'Desde el 6 de abril de 2026 una línea cubierta por un programa por partida no tiene nivel de anexo, como en la tabla de productos y los monitores (la nota 16(a) hace excluyentes las partidas de los anexos; ninguna fuente consultada dice cómo tratan los anexos las partes T-MEC exentas del arancel de autopartes). El valor de una línea bajo la Sección 232 queda fuera de la base de la Sección 122 y del 301 (notas 2(aa) y 52(f)), y la Sección 338 se aplica a las líneas de las canastas que no están bajo la Sección 232 (nota 51(c)).',
  'glossary.title': 'Glosario',
  'glossary.intro':
    'Los términos del simulador, en palabras sencillas. Cada uno se abre también con un botón ? donde aparece.',
  'glossary.what': '¿Qué es «{term}»?',
  'glossary.etr.term': 'Tasa arancelaria efectiva',
  'glossary.etr.text':
    'Los aranceles adeudados divididos entre el valor de todos los bienes importados del país, incluidos los que no pagan nada. Queda muy por debajo de las tasas oficiales cuando la mayoría de los bienes están exentos.',
  'glossary.pp.term': 'Punto porcentual (pts)',
  'glossary.pp.text':
    'La diferencia entre dos porcentajes. Una tasa que pasa del 2 % al 8 % sube 6 puntos porcentuales (pts), es decir, un aumento del 300 %.',
  'glossary.mfn.term': 'Arancel NMF',
  'glossary.mfn.text':
    'El arancel normal de Estados Unidos (tasas de nación más favorecida), el que paga un bien sin acuerdo comercial ni arancel especial. Un bien que se acoge al T-MEC no lo paga.',
  'glossary.usmca.term': 'Solicitud T-MEC',
  'glossary.usmca.text':
    'La declaración de un importador de que un bien cumple las reglas de origen del Tratado entre México, Estados Unidos y Canadá. Un bien declarado no paga el arancel NMF y, mientras dure la exención, tampoco los aranceles a todo el país. Los aranceles de la Sección 232 se aplican igual, salvo sobre el contenido estadounidense de vehículos y autopartes.',
  'glossary.utilization.term': 'Uso del T-MEC',
  'glossary.utilization.text':
    'La parte del valor de las importaciones por la que los importadores realmente se acogen al T-MEC. Un bien que podría calificar pero no se declara paga los aranceles. Las partes usadas aquí son las que registró la aduana de EE. UU. en cada periodo.',
  'glossary.s232.term': 'Sección 232',
  'glossary.s232.text':
    'Una ley de EE. UU. (Trade Expansion Act de 1962) con la que el presidente fija aranceles a importaciones consideradas una amenaza para la seguridad nacional: acero, aluminio, automóviles y autopartes, cobre, madera, camiones y otros. Se aplican se acoja o no el bien al T-MEC, salvo sobre el contenido estadounidense de vehículos y autopartes.',
  'glossary.ieepa.term': 'IEEPA',
  'glossary.ieepa.text':
    'La International Emergency Economic Powers Act de 1977, la ley con la que se impusieron los aranceles de 2025 a todo Canadá y todo México, con exención para los bienes que se acogen al T-MEC. Esos aranceles se declararon ilegales y son nulos desde el 24 de febrero de 2026.',
  'glossary.s122.term': 'Sección 122',
  'glossary.s122.text':
    'Una ley de EE. UU. (Trade Act de 1974) que permite al presidente añadir un recargo de hasta 15 % durante un máximo de 150 días ante un problema de balanza de pagos. Aplicada del 24 de febrero al 23 de julio de 2026 a los bienes fuera del T-MEC y de la Sección 232.',
  'glossary.s301.term': 'Sección 301',
  'glossary.s301.text':
    'Una ley de EE. UU. (Trade Act de 1974) con la que el Representante Comercial responde con aranceles, tras una investigación, a prácticas desleales de otro país; aquí el arancel por trabajo forzoso vigente desde el 24 de julio de 2026.',
  'glossary.s338.term': 'Sección 338',
  'glossary.s338.text':
    'Una ley de EE. UU. (Tariff Act de 1930) que permite al presidente añadir aranceles de hasta 50 % a los bienes de un país que discrimina el comercio estadounidense; aplicada a tres canastas de bienes canadienses desde el 22 de agosto de 2026.',
  'glossary.elasticity.term': 'Elasticidad',
  'glossary.elasticity.text':
    'Cuánto baja la cantidad importada cuando sube su precio. Con una elasticidad de 1, un precio 10 % más alto reduce el volumen comprado en cerca de 10 %. Es un supuesto del modelo, no una medición.',
  'headline.why':
    'Por qué {etr}: {exposed} de las exportaciones de {country} a EE. UU. enfrentan un arancel nuevo, {avg} en promedio de aranceles nuevos; el {free} restante no paga ninguno.',
  'headline.whyClaim': 'La mayoría de ellas se acoge al T-MEC.',
  'headline.whyNone':
    'Por qué {etr}: ninguna exportación a EE. UU. enfrenta un arancel nuevo en este escenario; queda el arancel NMF normal.',
  'headline.lossOf':
    'Una pérdida equivalente al {gdp} de su PIB y al {exports} de todas sus exportaciones (una magnitud, no una caída del PIB)',
  'headline.gainOf': 'Una ganancia equivalente al {gdp} de su PIB y al {exports} de todas sus exportaciones',
  'sticky.label': 'Tasas efectivas ahora',
  'sticky.country': '{country} {etr} · {duty}',
  'embed.footerLong':
    'Modelo sobre el comercio de 2024 (datos {version}, al {asOf}); respuesta del comercio a largo plazo, por sector. Las elasticidades y el contenido de los vehículos son supuestos.',
  'border.title': 'Del otro lado de la frontera: medidas sobre bienes de EE. UU.',
  'border.summary':
    'Del otro lado de la frontera: los contraaranceles de Canadá a bienes de EE. UU. y la decisión de México',
  'border.note':
    'Contexto, fuera de las cifras: el simulador solo modela los aranceles de EE. UU. a bienes canadienses y mexicanos.',
  'border.intro':
    'Lo que Canadá y México hicieron con los bienes de EE. UU., según retaliation.csv. El modelo no los incluye: sus cifras son los aranceles de EE. UU. a bienes canadienses y mexicanos. Una fila del archivo, citada de memoria sin fuente, no se muestra.',
  'border.col.country': 'País',
  'border.col.measure': 'Medida',
  'border.col.rate': 'Tasa',
  'border.col.date': 'Desde',
  'border.col.scope': 'Bienes cubiertos',
  'border.col.status': 'Situación',
  'border.col.source': 'Fuente (confianza)',
  'border.caption': 'Medidas de Canadá y México sobre bienes de EE. UU., 2025-2026',
  'border.item': '{date}: {measure}, {rate}; {scope}. Hoy: {status}.',
  'summary.footerLong':
    'Modelo sobre el comercio de 2024 (datos {version}); respuesta del comercio a largo plazo, por sector. {link}',
  'embed.edited': '{preset}, modificado',
  'compare.otherB': 'B: el escenario del enlace',
  'figure.source': 'Fuente',
  'figure.scenario': 'Escenario',
  'figure.data': 'Versión de los datos',
  'figure.link': 'Enlace',
  'figure.usdBn': 'miles de M US$',
  'ratePath.title': 'La tasa a lo largo del tiempo',
  'ratePath.intro':
    'La tasa arancelaria efectiva de cada país, mes a mes, a lo largo de la política que realmente se aplicó, de enero de 2025 a diciembre de 2026. Cada estado fechado cuenta desde el día en que entró en vigor, y un mes es el promedio de sus días. La línea discontinua es lo que la aduana de EE. UU. recaudó realmente, sobre todas las importaciones de EE. UU. El anillo al final es el escenario que ha configurado.',
  'ratePath.chartTitle': '{country}: tasa arancelaria efectiva por mes',
  'ratePath.reading':
    'La tasa de {country} pasó de {from} en {fromMonth} a un máximo de {peak} en {peakMonth}, y es de {last} en {lastMonth}; su escenario da {current}.',
  'ratePath.source':
    'Modelo sobre las importaciones de EE. UU. de 2024 (Census); los estados de cada mes según sus fechas de entrada en vigor (policy_measures.csv). Recaudado: aranceles cobrados por el Tesoro de EE. UU. ÷ todas las importaciones de EE. UU. (Yale Budget Lab, según Haver Analytics), hasta {month}.',
  'ratePath.observed': 'Recaudado sobre todas las importaciones de EE. UU. (Tesoro)',
  'ratePath.scenario': 'Su escenario: {value}',
  'ratePath.scenarioKey': 'Su escenario (anillo al final)',
  'ratePath.col.month': 'Mes',
  'ratePath.col.model': 'Modelo: tasa efectiva',
  'ratePath.col.observed': 'Recaudado, todas las importaciones de EE. UU.',
  'ratePath.col.states': 'Política en vigor (días)',
  'ratePath.state': '{name} ({days} d)',
  'ratePath.none': 'aún no publicado',
  'ratePath.note':
    'El Tesoro publica los aranceles de todos los países juntos: lo recaudado solo sobre bienes canadienses o mexicanos no está en estos datos, así que la línea discontinua es la tasa de todo EE. UU. (China y todos los demás socios incluidos), mostrada como escala. Un tramo corto es una aproximación: los automóviles pagaron 25 % desde el 3 de abril de 2025 y sus partes desde el 3 de mayo, ambos contados aquí desde el 3 de mayo; y el conjunto de noviembre de 2025 dura hasta el 24 de febrero de 2026, el día en que la CBP dejó de cobrar los aranceles IEEPA (cuatro días después del fallo de la Corte Suprema) y empezó la sección 122.',
  'present.overTime': 'En el tiempo (O)',
  'present.timeChart': 'La tasa arancelaria efectiva mes a mes, con este paso marcado al final',
  'present.timeCaption':
    'A lo largo de la política aplicada, de enero de 2025 a diciembre de 2026; el anillo es este paso, en su fecha. Discontinua: recaudado sobre todas las importaciones de EE. UU.',
  'nav.sources': 'Fuentes',
  'cite.label': 'Citar este escenario',
  'cite.text':
    '«{name}». Simulador de aranceles T-MEC, versión de los datos {version} (datos hasta {asOf}). {link} (consultado el {accessed}).',
  'sources.title': 'Fuentes',
  'sources.intro':
    'Cada cifra de la aplicación proviene de los archivos de abajo (versión de los datos {version}), y cada arancel de los instrumentos jurídicos listados después. Descargue un archivo para comprobar una cifra o para reutilizarla.',
  'sources.cite.title': 'Citar este escenario',
  'sources.cite.help':
    'Para un informe o una diapositiva: el nombre del escenario, la versión de los datos y el enlace que reproduce exactamente lo que ve.',
  'sources.data.title': 'Descargar los datos',
  'sources.data.help':
    'Los archivos de entrada del proyecto, tal como los lee el modelo. SOURCES.md describe cada columna, su fuente, su fiabilidad y sus límites.',
  'sources.download': 'Descargar {file}',
  'sources.legal.title': 'Instrumentos jurídicos',
  'sources.legal.help':
    'Las {n} órdenes ejecutivas, proclamaciones, avisos, fallos y aranceles detrás de los programas y del calendario de políticas, en los términos en que los datos los citan. Cuando uno no tiene dirección estable propia, el enlace lo busca en el Federal Register (o, para un fallo, en la Corte Suprema).',
  'sources.search': 'buscarlo',
  'sources.open': 'abrir',
  'sources.file.SOURCES': 'Qué contiene cada archivo, de dónde proviene y sus límites.',
  'sources.file.sectors':
    'Importaciones de 2024 y 2025, cuotas T-MEC, alcances de los programas, aranceles NMF y elasticidades: 31 sectores por país.',
  'sources.file.products-2024':
    'Cada línea de producto (SA10) de las importaciones de 2024 de Canadá y México, con los programas que la alcanzan.',
  'sources.file.sector-shares-2026': 'Las cuotas de cada sector bajo los programas de 2026.',
  'sources.file.measures-2026': 'Las medidas jurídicas de 2026, una fila cada una.',
  'sources.file.policy-measures': 'Las medidas de EE. UU. de 2025–2026 con sus fechas, tasas y trato T-MEC.',
  'sources.file.usmca-utilization-monthly': 'La cuota mensual de importaciones que invocan el T-MEC.',
  'sources.file.us-imports-duties-monthly': 'Importaciones mensuales, valor sujeto a aranceles y aranceles recaudados.',
  'sources.file.macro': 'PIB y totales del comercio.',
  'sources.file.retaliation': 'Las medidas de Canadá y México sobre los bienes de EE. UU.',
  'sources.file.context': 'Los hechos del panel de contexto.',
  'sources.see':
    'Cada conjunto de datos e instrumento jurídico en que se basa esta página, con los archivos para descargar:',
  'sources.seeLink': 'la página de fuentes',
  'sector.crude_oil': 'Petróleo crudo',
  'sector.natural_gas': 'Gas natural, incl. GNL/GLP',
  'sector.electricity': 'Electricidad',
  'sector.refined_fuels': 'Petróleo refinado, carbón y otros combustibles',
  'sector.fertilizers': 'Fertilizantes, incl. potasa',
  'sector.iron_steel': 'Hierro, acero y sus manufacturas',
  'sector.aluminum': 'Aluminio y sus manufacturas',
  'sector.copper': 'Cobre y sus manufacturas',
  'sector.other_base_metals': 'Níquel, zinc, plomo, estaño y otros metales comunes',
  'sector.metal_tools_articles': 'Herramientas y manufacturas diversas de metal común',
  'sector.precious_metals': 'Metales preciosos y piedras',
  'sector.wood_lumber': 'Madera y madera aserrada',
  'sector.pulp_paper': 'Pasta, papel e impresos',
  'sector.furniture': 'Muebles, ropa de cama, iluminación, prefabricados',
  'sector.agri_food': 'Agricultura, alimentos y bebidas',
  'sector.pharma': 'Productos farmacéuticos',
  'sector.chemicals': 'Químicos (excl. farmacéuticos, fertilizantes, plásticos)',
  'sector.plastics_rubber': 'Plásticos y caucho',
  'sector.ores_minerals': 'Minerales, sal, piedra, cemento',
  'sector.machinery': 'Maquinaria y computadoras',
  'sector.electrical': 'Equipo eléctrico y electrónico',
  'sector.aircraft': 'Aeronaves y partes',
  'sector.instruments': 'Instrumentos médicos, ópticos y de precisión',
  'sector.passenger_vehicles': 'Vehículos de pasajeros',
  'sector.light_trucks': 'Camiones ligeros (PBV ≤ 5 t)',
  'sector.mhd_trucks': 'Camiones medianos y pesados, tractores y vehículos especiales',
  'sector.buses': 'Autobuses',
  'sector.auto_parts': 'Autopartes, carrocerías y chasis',
  'sector.other_transport': 'Otro equipo de transporte',
  'sector.textiles_apparel': 'Textiles, prendas de vestir y calzado',
  'sector.other_goods': 'Todos los demás bienes',
  'context.fact.usmca_trade.label': 'Comercio anual de bienes entre los socios del T-MEC',
  'context.fact.usmca_trade.text':
    'El comercio de bienes EE. UU.–Canadá, EE. UU.–México y Canadá–México suma alrededor de 1,6 billones de dólares estadounidenses en 2024.',
  'context.fact.ca_mx_trade.label': 'Comercio Canadá–México',
  'context.fact.ca_mx_trade.text':
    'Comercio de bienes entre Canadá y México en 2024: unos 56 000 millones de dólares canadienses.',
  'context.fact.action_plan.label': 'Plan de Acción México–Canadá 2025–2028',
  'context.fact.action_plan.text':
    'Anunciado en la reunión Sheinbaum–Carney en la Ciudad de México (septiembre de 2025): un plan para profundizar los lazos de comercio, inversión, seguridad y movilidad entre los dos países, junto al T-MEC.',
  'context.fact.joint_review.label': 'Revisión conjunta del T-MEC a más tardar el 1 de julio de 2026',
  'context.fact.joint_review.text':
    'En el sexto aniversario de la entrada en vigor del acuerdo (1 de julio de 2020), las tres partes deben revisarlo conjuntamente y decir si prorrogan su vigencia; los aranceles de 2025 enmarcan esa revisión.',
  'context.fact.export_shares.label': 'Canadá y México se venden poco entre sí',
  'context.fact.export_shares.text':
    'La cobertura de la reunión situó las ventas Canadá–México en alrededor del 3 % y el 1 % de las exportaciones de ambos países. Nuestros datos dan 1,2 % para Canadá (6300 M US$ a México / 544 000 M US$ de total derivado); las importaciones canadienses registradas desde México (34 300 M US$) son el 5,6 % de las exportaciones de México, porque la estadística canadiense cuenta los bienes mexicanos que transitan por EE. UU.',
  'confidence.high': 'alta',
  'confidence.medium': 'media',
  'confidence.low': 'baja',
  'confidence.medium-high': 'media-alta',
  'confidence.unverified': 'no verificada',
  'lesson.question.pre-2025':
    'Antes de 2025, ¿por qué la mayoría de los bienes de Canadá y México no pagaban ningún arancel estadounidense?',
  'lesson.question.feb-2025-announced':
    'Si este arancel se hubiera aplicado a todos los bienes, ¿quién habría pagado el arancel en la frontera: el exportador, el importador o el comprador?',
  'lesson.question.mar-2025-usmca-exempt':
    'La tasa legal no cambió y, sin embargo, la tasa efectiva bajó. ¿Qué cambió?',
  'lesson.question.mar-2025-steel-25': '¿Por qué acogerse al T-MEC no ayuda aquí a un exportador de acero?',
  'lesson.question.apr-2025-autos':
    '¿Por qué los autos pagan solo sobre su contenido no estadounidense y quién gana con esa regla?',
  'lesson.question.jun-2025-steel-50':
    '¿La tasa de qué país sube más cuando se duplican los metales y qué dice eso de lo que vende?',
  'lesson.question.aug-2025-canada-35':
    'El arancel a Canadá subió, pero su tasa efectiva bajó. ¿Cómo pueden ser ciertas ambas cosas?',
  'lesson.question.nov-2025': '¿Qué programa pesa más ahora sobre cada país y por qué no es el mismo?',
  'lesson.question.nov-2025-no-exemption':
    'Sin la exención, ¿cuántas veces más alta es la tasa de cada país? ¿Cuánto vale la exención para ellos?',
  'lesson.question.feb-2026-section-122':
    'Un tribunal anuló una base legal y otra la reemplazó. ¿Qué siguió igual para los exportadores?',
  'lesson.question.apr-2026-metals':
    '¿Qué cambia cuando un arancel recae sobre el valor total de un bien y no sobre su contenido de metal?',
  'lesson.question.jun-2026-equipment':
    '¿Por qué unas pocas líneas arancelarias pueden importar mucho a un sector y poco al total?',
  'lesson.question.jul-2026-section-301':
    'La base legal cambió; ¿cambió el arancel pagado? ¿Qué le dice eso sobre cómo leer las noticias?',
  'lesson.question.aug-2026-section-338':
    '¿Por qué la tasa de México apenas se mueve cuando un arancel apunta solo a Canadá?',
  'lesson.question.dec-2026':
    '¿De cuáles de los programas actuales sigue protegiendo el T-MEC a Canadá y México, y de cuáles no?',
  'lesson.question.dec-2026-no-exemption':
    'Compare este paso con el anterior: ¿cuánto vale hoy la exención del T-MEC, en aranceles al año?',
  'lesson.question.dec-2026-usmca-withdrawal': '¿Por qué salir del acuerdo cuesta más que perder solo la exención?',
  'plan.title': 'Lección para presentar',
  'plan.name': 'Nombre de la lección',
  'plan.empty': 'Marque escenarios guardados arriba para convertirlos en los pasos de una lección.',
  'plan.up': 'Adelantar «{name}» un paso',
  'plan.down': 'Atrasar «{name}» un paso',
  'plan.edit': 'Paso {n}: título, notas y pregunta',
  'plan.stepTitle': 'Título en la pantalla proyectada',
  'plan.notes': 'Sus notas (solo en la vista del presentador)',
  'plan.question': 'Pregunta para la clase (en la pantalla proyectada y en el material impreso)',
  'plan.unreadable':
    'La lección que estaba preparando no se pudo leer en este navegador; empieza de nuevo, y la anterior sigue guardada hasta que edite.',
  'plan.noStorage':
    'Este navegador no conserva la lección (almacenamiento desactivado o lleno): sirve solo para esta visita.',
  'present.presenter': 'Vista del presentador (P)',
  'present.handout': 'Material impreso (H)',
  'present.blocked':
    'El navegador bloqueó la ventana del presentador. Permita las ventanas emergentes para este sitio, o',
  'present.blockedLink': 'abra la vista del presentador en una pestaña nueva',
  'present.question': 'Pregunta para la clase',
  'present.qrClose': 'Cerrar (Q)',
  'handout.print': 'Imprimir',
  'handout.back': 'Volver a la presentación (Esc)',
  'handout.meta': '{n} pasos · versión de los datos {version} · impreso el {date}',
  'handout.step': 'Paso {n}: {title}',
  'handout.country': 'País',
  'handout.duty': 'Aranceles al año',
  'handout.exports': 'Exportaciones a EE. UU.',
  'handout.questionLabel': 'Pregunta:',
  'presenter.title': 'Vista del presentador',
  'presenter.noChannel':
    'Este navegador no puede enlazar dos ventanas (sin BroadcastChannel). Use en su lugar las notas del material impreso.',
  'presenter.waiting': 'Conectando con la presentación…',
  'presenter.absent':
    'Ninguna presentación responde. Inicie la presentación en la otra ventana y elija allí Vista del presentador.',
  'presenter.ended': 'La presentación terminó. Puede cerrar esta ventana.',
  'presenter.stepOf': 'Paso {n} de {total}',
  'presenter.elapsed': 'Transcurrido',
  'presenter.resetTimer': 'Reiniciar el reloj',
  'presenter.now': 'En pantalla: {title}',
  'presenter.notes': 'Sus notas',
  'presenter.next': 'Siguiente: {title}',
  'presenter.last': 'Este es el último paso.',
  'presenter.keys':
    'Las teclas aquí controlan la pantalla proyectada: → y ← cambian de paso, Inicio y Fin, Q el código QR, O la tasa en el tiempo.',
  'handout.etr': 'Tasa arancelaria efectiva',
  'formula.rate': 'tasa',
  'formula.offset': 'deducción',
  'formula.scope': 'alcance',
  'formula.metalScope':
    'alcance (contenido de metal; desde el 6 abr. 2026, los niveles del anexo sobre el valor total)',
  'formula.usContent': 'contenido estadounidense',
  'formula.usmcaShare': 'proporción T-MEC',
  'formula.covered': 'cubierto',
  'formula.coveredShare': 'proporción cubierta',
  'formula.activeScopes': 'alcances de los programas vigentes',
  'formula.allScopes': 'alcances de todos los programas',
  'formula.paying232': 'valor que paga la 232',
  'formula.general': 'general',
  'formula.reduced': 'reducido',
  'formula.usmcaOutside232': 'proporción T-MEC fuera de la 232',
  'formula.exemptShare': 'proporción exenta',
  'formula.untaxed': 'no gravado',
  'formula.untaxedNote': 'no gravado: lo que los programas anteriores no gravaron; nunca se acumulan',
  'formula.basketShare': 'proporción de la canasta',
  'formula.basketNote': 'sin alivio del T-MEC; nunca sobre bienes de la 232; se suma a los demás',
  'formula.mfnRate': 'tasa NMF sobre bienes fuera del T-MEC',
  'formula.duty': 'aranceles',
  'formula.imports': 'importaciones',
  'formula.sumNote': 'suma de las contribuciones de los programas',
  'formula.elasticity': 'elasticidad',
  'formula.baselineNote': 'r0 = la referencia solo con NMF',
  'context.fact.action_plan.source':
    'Cobertura de prensa de la reunión (el artículo detrás de las filas Canadá–México de macro.csv, newsn24.de); nota de planteamiento de este proyecto',
  'context.fact.joint_review.source': 'T-MEC, artículo 34.7 (Revisión y extensión de la vigencia)',
  'context.fact.export_shares.source':
    'Cobertura de prensa de la reunión, citada en la nota de planteamiento (3 % / 1 %, no verificados aquí); Statistics Canada e INEGI vía macro.csv para nuestras propias proporciones',
  'context.fact.usmca_trade.source':
    'CALCULADO a partir de macro.csv: EE. UU.–Canadá 762.1 mil M + EE. UU.–México 839.9 mil M + Canadá–México 40.6 mil M (Census, Statistics Canada)',
  'context.fact.ca_mx_trade.source':
    'Statistics Canada, según la cobertura de la reunión México–Canadá: importaciones desde México 34.293 mil M + exportaciones a México 6.278 mil M; alrededor de 1.37 CAD por USD (calculado)',
};
