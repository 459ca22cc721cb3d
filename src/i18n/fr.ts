// French interface text (Canadian French conventions; the agreement is the ACEUM in French).
import type { Messages } from './en';
import { programMessages } from './programTexts';

export const fr: Messages = {
  ...programMessages('fr'),
  'app.title': 'Simulateur des droits de douane ACEUM',
  'app.tagline':
    'Modifiez les droits de douane américains sur le Canada et le Mexique et voyez les droits payés, les taux effectifs et le commerce à risque, recalculés à chaque changement à partir des données commerciales de 2024.',
  'app.skip': 'Aller au simulateur',
  'app.loading': 'Chargement des données commerciales…',
  'app.loadingShort': 'Chargement…',
  'app.dataError.title': 'Les données commerciales ne se sont pas chargées',
  'app.dataError.kept': 'Vos réglages sont conservés. Vérifiez la connexion et réessayez.',
  'app.retry': 'Réessayer',
  'app.crash.title': 'Un problème est survenu',
  'app.crash.retry': 'Réessayer',
  'app.language': 'Langue',
  'app.theme': 'Thème',
  'app.theme.auto': 'Automatique',
  'app.theme.light': 'Clair',
  'app.theme.dark': 'Sombre',
  'nav.label': 'Écrans',
  'nav.simulator': 'Simulateur',
  'nav.methodology': 'Méthodologie',
  'nav.reality': 'Bilan 2025',

  'data.error.download': 'Les données commerciales n’ont pas pu être téléchargées ({detail}).',
  'data.error.json': 'Le fichier de données commerciales n’est pas un JSON valide.',
  'data.error.damaged': 'Le fichier de données commerciales est endommagé ({detail}).',
  'data.versionNotice.title': 'Ce lien a été créé avec d’autres données',
  'data.versionNotice.body':
    'Les chiffres de l’expéditeur provenaient de la version de données {link}; l’application a maintenant {now}. Tous les réglages sont ceux envoyés, mais les chiffres peuvent différer.',

  'country.CA': 'Canada',
  'country.MX': 'Mexique',

  'unit.percent': 'pour cent',
  'unit.times': 'fois',
  'field.changed': 'modifié',
  'field.changedTitle': 'Modifié par rapport au préréglage',
  'field.inPercentOf': '{label}, en {unit}',
  'field.on': 'Activé',
  'field.off': 'Désactivé',
  'field.inForce': 'En vigueur depuis le {date}',

  'param.caGeneral.label': 'Canada : taux général',
  'param.caGeneral.help':
    'Droit sur les produits canadiens qui ne se réclament pas de l’ACEUM (35 % depuis le 1er août 2025).',
  'param.caEnergy.label': 'Canada : énergie, minéraux critiques et potasse',
  'param.caEnergy.help': 'Taux réduit sur la liste de l’énergie et de la potasse (10 % en 2025).',
  'param.mxGeneral.label': 'Mexique : taux général',
  'param.mxGeneral.help': 'Droit sur les produits mexicains qui ne se réclament pas de l’ACEUM (25 % en 2025).',
  'param.mxPotash.label': 'Mexique : potasse',
  'param.mxPotash.help': 'Taux réduit sur la potasse mexicaine (10 % en 2025).',
  'param.usmcaExemption.label': 'Exemption ACEUM',
  'param.usmcaExemption.help':
    'Activée : les produits qui se réclament de l’ACEUM échappent au droit général, les pièces d’autos et de camions ACEUM échappent à l’article 232, les véhicules ACEUM paient l’article 232 sur leur seul contenu non américain.',
  'param.utilization.label': 'Recours à l’ACEUM',
  'param.utilization.help':
    'Observé : la part de chaque secteur qui s’est réclamée de l’ACEUM au cours d’une période. Uniforme : une seule part pour tous les secteurs d’un pays.',
  'param.period.label': 'Période du recours observé à l’ACEUM',
  'param.period.help':
    'Parts de réclamation appliquées au panier de 2024. Les réclamations ont bondi à la mi-2025, quand l’exemption a rendu la certification rentable.',
  'param.uniformCa.label': 'Canada : part qui se réclame de l’ACEUM',
  'param.uniformCa.help': 'Remplace toutes les parts canadiennes observées (mode uniforme).',
  'param.uniformMx.label': 'Mexique : part qui se réclame de l’ACEUM',
  'param.uniformMx.help': 'Remplace toutes les parts mexicaines observées (mode uniforme).',
  'param.usmcaTerminated.label': 'Fin de l’ACEUM',
  'param.usmcaTerminated.help':
    'Hypothèse : l’accord prend fin. Aucun allègement ACEUM, et des droits NPF sur tous les produits.',
  'param.usContentShare.label': 'Contenu américain des véhicules ACEUM',
  'param.usContentShare.help':
    'Part de la valeur d’un véhicule ACEUM qui est du contenu américain et ne paie donc pas le droit sur les automobiles. Hypothèse : 40 %.',
  'param.autoOffset.label': 'Compensation automobile',
  'param.autoOffset.help':
    'Soustraite des taux sur les automobiles et les pièces : 3,75 % du PDSF des véhicules assemblés aux États-Unis x une part d’assemblage américain de 33 % = 1,24 %. Hypothèse.',
  'param.elasticityMode.label': 'Réaction du commerce',
  'param.elasticityMode.help':
    'Court terme : une seule élasticité pour tous les secteurs (1,0, environ un an). Long terme : l’élasticité de Broda–Weinstein de chaque secteur, plafonnée à 8.',
  'param.elasticity.label': 'Élasticité uniforme',
  'param.elasticity.help':
    'À quel point les importations baissent quand leur prix monte : 1,0 signifie qu’un prix 10 % plus élevé réduit le volume d’environ 9 %. Hypothèse.',
  'param.elasticityMultiplier.label': 'Multiplicateur d’élasticité',
  'param.elasticityMultiplier.help':
    'Multiplie toutes les élasticités : sous 1 pour un commerce plus rigide, au-dessus de 1 pour des changements plus rapides. Hypothèse.',
  'option.utilization.observed': 'Observé au cours d’une période',
  'option.utilization.uniform': 'Une part par pays',
  'option.elasticityMode.uniform': 'Court terme (uniforme)',
  'option.elasticityMode.sector': 'Long terme (par secteur)',
  'option.period.2024': '2024 (avant les droits)',
  'option.period.2025h1': '1er semestre 2025',
  'option.period.2025h2': '2e semestre 2025 (ruée vers la certification)',
  'option.period.withShares': '{period} : Canada {ca}, Mexique {mx}',

  'preset.pre-2025.label': 'Avant 2025 (NPF seulement)',
  'preset.pre-2025.description':
    'Seulement les droits de la nation la plus favorisée sur les produits qui ne se réclament pas de l’ACEUM; recours à l’ACEUM de 2024.',
  'preset.feb-2025-announced.label': 'Annonce du 1er février 2025',
  'preset.feb-2025-announced.description':
    'Canada 25 % (énergie 10 %), Mexique 25 % sur tous les produits, sans exemption ACEUM, comme annoncé au départ.',
  'preset.mar-2025-usmca-exempt.label': '7 mars 2025 : produits ACEUM exemptés',
  'preset.mar-2025-usmca-exempt.description':
    'Droit général de 25 % (énergie et potasse 10 %) seulement sur les produits qui ne se réclament pas de l’ACEUM.',
  'preset.mar-2025-steel-25.label': '12 mars 2025 : acier et aluminium 25 %',
  'preset.mar-2025-steel-25.description':
    'Article 232 sur l’acier et l’aluminium à 25 %, sans allègement ACEUM, en plus des mesures de mars.',
  'preset.apr-2025-autos.label': 'Avril–mai 2025 : automobiles et pièces 25 %',
  'preset.apr-2025-autos.description':
    'Automobiles 25 % (véhicules ACEUM sur le contenu non américain) et pièces 25 % (pièces ACEUM exemptées).',
  'preset.jun-2025-steel-50.label': '4 juin 2025 : acier et aluminium 50 %',
  'preset.jun-2025-steel-50.description':
    'L’acier et l’aluminium doublent à 50 %; les automobiles et les pièces restent à 25 %.',
  'preset.aug-2025-canada-35.label': '1er août 2025 : Canada 35 %, cuivre 50 %',
  'preset.aug-2025-canada-35.description':
    'Le taux général sur le Canada passe à 35 %; le cuivre rejoint les métaux à 50 %; recours à l’ACEUM du 2e semestre 2025.',
  'preset.nov-2025.label': 'Novembre 2025 : l’ensemble complet',
  'preset.nov-2025.description':
    'Les taux d’août, plus le bois d’œuvre à 10 %, les meubles à 25 % (14 oct.), les camions à 25 % et les autobus à 10 % (1er nov.).',
  'preset.nov-2025-no-exemption.label': 'Hypothèse : novembre 2025 sans l’exemption ACEUM',
  'preset.nov-2025-no-exemption.description':
    'Les taux de novembre sans aucun allègement ACEUM : l’issue que redoutent les négociateurs.',
  'preset.feb-2026-section-122.label': 'Février 2026 : IEEPA invalidée, article 122 à 10 %',
  'preset.feb-2026-section-122.description':
    'Droits IEEPA invalidés ; une surtaxe de 10 % au titre de l’article 122 sur les produits hors ACEUM et hors article 232, moins ses exemptions (énergie, minéraux, engrais, produits pharmaceutiques, beaucoup d’électronique) ; 232 comme en novembre.',

  'lesson.builtin.title': 'Le parcours tarifaire, 2025–2026',
  'lesson.custom.title': 'Leçon',
  'lesson.stepN': 'Étape {n}',
  'lesson.note.pre-2025':
    'Commencez ici : avant 2025, presque tout traversait la frontière sans droits. Les droits NPF ne frappent que les produits qui ne se réclament pas de l’ACEUM.',
  'lesson.note.feb-2025-announced':
    'Tel qu’annoncé le 1er février 2025, sans exemption ACEUM : le quart de la valeur des exportations aurait été taxé. Question : qui paie le droit?',
  'lesson.note.mar-2025-usmca-exempt':
    'L’exemption des produits ACEUM change tout : seuls les produits qui ne s’en réclament pas paient. Montrez la part encore exposée.',
  'lesson.note.mar-2025-steel-25':
    'Article 232 sur l’acier et l’aluminium : aucun allègement ACEUM, et le droit général ne s’y ajoute pas.',
  'lesson.note.apr-2025-autos':
    'Les automobiles ne paient que sur leur contenu non américain; les pièces ACEUM sont exemptées. Voyez la tranche des automobiles dans la barre.',
  'lesson.note.jun-2025-steel-50':
    'Doubler l’acier et l’aluminium à 50 % frappe surtout le Canada : comparez les tranches des métaux.',
  'lesson.note.aug-2025-canada-35':
    'Le Canada passe à 35 %, mais les réclamations ACEUM ont bondi à environ 90 % au second semestre : le taux effectif baisse. Pourquoi?',
  'lesson.note.nov-2025':
    'L’ensemble complet de novembre 2025, le réglage par défaut. Ouvrez les secteurs pour voir où tombent les droits.',
  'lesson.note.nov-2025-no-exemption':
    'Une hypothèse : les mêmes taux sans l’exemption ACEUM. C’est l’enjeu de la révision.',
  'lesson.note.feb-2026-section-122':
    'Après l’invalidation des droits IEEPA par la Cour suprême, une surtaxe de 10 % en vertu de l’article 122, produits ACEUM exemptés.',

  'editor.title': 'Réglages du scénario',
  'editor.countryWide':
    'Droits pays par pays de 2025 (IEEPA, produits hors ACEUM ; jugés illégaux, nuls depuis le 24 févr. 2026)',
  'editor.usmca': 'ACEUM',
  'editor.response': 'Réaction du commerce (hypothèse)',
  'editor.elasticityFallback': 'Utilisée seulement pour les secteurs sans estimation (électricité).',
  'editor.advanced': 'Avancé : taux de l’article 232, véhicules, fin de l’accord',
  'editor.s232': 'Article 232 (sans allègement ACEUM sauf véhicules et pièces)',
  'editor.vehicles': 'Les véhicules et l’accord',

  'timeline.label': 'Préréglages de la chronologie',
  'timeline.custom': 'Scénario personnalisé',
  'timeline.showing': 'Affiché : {preset} : {description}',
  'timeline.changed': 'Modifié par rapport à {preset} : {settings}.',
  'timeline.reset': 'Revenir au préréglage',

  'headline.label': 'Résultats principaux',
  'headline.etr': 'Taux effectif',
  'headline.duty': 'Droits dus par année',
  'headline.exposed': 'Exportations frappées d’un nouveau droit',
  'headline.exposedShare': '({share} des exportations vers les États-Unis)',
  'headline.exportChange': 'Variation estimée des exportations vers les États-Unis',
  'headline.vsBefore': '{delta} par rapport à avant 2025',
  'headline.points': '{sign}{value} pts',

  'why.title': 'D’où vient ce chiffre',
  'why.chartTitle': 'Taux effectif par programme',
  'why.reading':
    'Les {ca} du Canada et les {mx} du Mexique répartis par programme; pour le Canada, la plus grande part est : {program}.',
  'why.noTariff': 'Aucun droit ne s’applique.',
  'why.source':
    'Modèle sur les importations américaines de 2024 (Census) et les réclamations ACEUM (USITC); taux tirés des proclamations et décrets énumérés sur la page Sources.',
  'why.tableProgram': 'Programme',
  'why.tableEtr': 'Taux effectif',
  'why.points': '{value} pts',
  'explain.country': 'Pays',
  'explain.sector': 'Secteur à expliquer',
  'explain.intro': '{country}, {sector} :',
  'explain.value': '{value} d’exportations vers les États-Unis en 2024.',
  'explain.notCovered': 'non couvert par un programme 232 actif',
  'explain.inScope': 'visé',
  'explain.vehicles': '(les véhicules ACEUM ne paient que sur leur contenu non américain)',
  'explain.claiming': '(1 − {share} qui se réclame de l’ACEUM)',
  'explain.noRelief': '(aucun allègement ACEUM)',
  'explain.total':
    'Droits totaux de {duty}, un taux effectif de {etr}. Avec une élasticité commerciale de {epsilon}, les exportations varient de {change} ({pct}).',

  'sectors.title': 'Secteurs',
  'sectors.chartTitle': '{country} : droits et variation des exportations par secteur',
  'sectors.reading':
    '{sector} doit le plus de droits, {duty}; les barres à gauche montrent la variation estimée des exportations.',
  'sectors.readingNone': 'Aucun secteur ne doit de nouveaux droits dans ce scénario.',
  'sectors.source':
    'Modèle sur les importations américaines de 2024 par secteur (Census); les 10 secteurs aux droits les plus élevés, les autres additionnés.',
  'sectors.other': 'Autres secteurs ({n})',
  'sectors.duty': 'Droits dus',
  'sectors.change': 'Variation des exportations',
  'sectors.dutyBn': 'Droits (G$ US)',
  'sectors.changeBn': 'Variation des exportations (G$ US)',
  'sectors.tableCountry': 'Pays du tableau des secteurs',
  'sectors.caption': 'Les {n} secteurs du pays : {country}, triés par {column}',
  'sectors.col.label': 'Secteur',
  'sectors.col.importsUsd': 'Exportations vers les É.-U., 2024',
  'sectors.col.dutyUsd': 'Droits',
  'sectors.col.etr': 'Taux effectif',
  'sectors.col.exportChangeUsd': 'Variation des exportations',
  'sectors.explain': 'Expliquer : {sector}',

  'sensitivity.title': 'Sensibilité',
  'sensitivity.chartTitle': 'Si vous déplacez « {param} »',
  'sensitivity.reading':
    'De {from} à {to}, le taux effectif du Canada passe de {caFrom} à {caTo} et celui du Mexique de {mxFrom} à {mxTo}; les lignes pointillées montrent la variation des exportations.',
  'sensitivity.source':
    'Le modèle exécuté {n} fois sur toute la plage du réglage, tous les autres réglages inchangés. Déplacez n’importe quel curseur pour le balayer.',
  'sensitivity.now': 'actuel : {value}',
  'sensitivity.value': 'Valeur',
  'sensitivity.etrCA': 'Canada : taux effectif',
  'sensitivity.etrMX': 'Mexique : taux effectif',
  'sensitivity.exportCA': 'Canada : variation des exportations',
  'sensitivity.exportMX': 'Mexique : variation des exportations',

  'context.title': 'Contexte : le Canada, le Mexique et la révision de l’ACEUM',
  'context.source': 'Source : {source}. Fiabilité : {confidence}.',

  'chart.source': 'Source : {source}',
  'chart.table': 'Afficher les chiffres dans un tableau',
  'chart.legend': 'Légende',
  'chart.download': 'Télécharger « {title} » en {format}',
  'chart.loading': 'Chargement du graphique…',
  'chart.imageError': 'Le fichier n’a pas pu être créé ({detail}).',

  'footer.data': 'Version des données {version}, au {asOf}. Année de base {year}.',
  'footer.limits':
    'Un modèle d’équilibre partiel : aucun effet de change, de représailles ni de chaîne d’approvisionnement. Les élasticités, le contenu américain des véhicules et la compensation automobile sont des hypothèses.',

  'notice.dismiss': 'Fermer',
  'notice.dismissLabel': 'Fermer : {title}',
  'link.problems.one': 'Un réglage de ce lien n’a pas pu être utilisé',
  'link.problems.many': '{n} réglages de ce lien n’ont pas pu être utilisés',
  'link.problem': '{param} = « {value} » : {reason}',
  'link.problemDefault': '{param} = « {value} » : {reason}; la valeur par défaut ({fallback}) est utilisée.',
  'link.reason.notNumber': 'pas un nombre (par exemple {example})',
  'link.reason.outOfRange': 'hors de l’intervalle {min}–{max}',
  'link.reason.notOnOff': 'on ou off attendu',
  'link.reason.notOneOf': 'ne fait pas partie de : {options}',
  'link.reason.repeated': 'donné {count} fois',
  'link.reason.noPreset': 'préréglage inconnu',
  'link.reason.tooLong': 'plus long que {max}; ignoré en entier',
  'link.reason.unreadable': 'illisible',
  'link.reason.badVersion': 'pas un numéro de version; lu comme la version 1',
  'link.reason.newerVersion': 'créé par une version plus récente de l’application; lu comme la version {version}',
  'link.reason.notZeroOne': '1 ou 0 attendu',
  'link.reason.badData': 'pas une version de données',
  'link.reason.badLang': 'ne fait pas partie de : en, fr, es',

  'saved.notice.one': 'Une entrée enregistrée n’a pas pu être lue',
  'saved.notice.many': '{n} entrées enregistrées n’ont pas pu être lues',
  'saved.notice.kept':
    'Elles ont été mises de côté dans le stockage du navigateur, pas supprimées; vos autres scénarios enregistrés sont intacts.',
  'saved.reason.notJson': 'Les scénarios enregistrés ne sont pas un JSON valide',
  'saved.reason.newer': 'Enregistré par une version plus récente de l’application (format {version})',
  'saved.reason.unknownFormat': 'Les scénarios enregistrés sont dans un format inconnu',
  'saved.reason.entry.saved': 'Entrée enregistrée {n} ({preview}) : {detail}',
  'saved.reason.entry.file': 'Entrée du fichier {n} ({preview}) : {detail}',
  'saved.reason.entry.migrated': 'Entrée migrée {n} ({preview}) : {detail}',
  'saved.import.notJson': 'Le fichier n’est pas un JSON. Choisissez un fichier exporté par cette application.',
  'saved.import.notOurs': 'Le fichier n’a pas été exporté par le simulateur des droits de douane ACEUM.',
  'saved.import.wrongFormat': 'Le fichier est au format {version}; cette application lit le format {expected}.',
  'saved.import.noList': 'Le fichier ne contient pas de liste de scénarios.',
  'saved.unavailable': 'L’enregistrement n’est pas possible dans ce navigateur ({detail}).',
  'saved.writeFailed':
    'Impossible d’enregistrer dans ce navigateur ({detail}); exportez vos scénarios pour les conserver.',

  'tools.label': 'Outils du scénario',
  'tools.share': 'Partager',
  'tools.saved': 'Scénarios enregistrés',
  'tools.compare': 'Comparer A et B',
  'tools.csv': 'Télécharger le CSV',
  'tools.present': 'Présenter : le parcours tarifaire, 2025–2026',

  'share.region': 'Partager ce scénario',
  'share.intro': 'Le lien contient tous les réglages : quiconque l’ouvre voit exactement ces chiffres.',
  'share.link': 'Lien',
  'share.summary': 'Résumé',
  'share.embed': 'Code d’intégration',
  'share.copy': 'Copier : {what}',
  'share.copied': 'Copié.',
  'share.manual':
    'Ce navigateur n’a pas permis la copie : le texte est sélectionné, appuyez sur Ctrl+C (⌘C sur un Mac).',
  'share.native': 'Partager…',
  'share.embedTitle': 'Scénario tarifaire ACEUM',

  'summary.preset': 'Scénario : {preset}',
  'summary.changed': '{heading}, modifié : {settings}',
  'summary.custom': 'Scénario (personnalisé) : {settings}',
  'summary.noChanges': 'aucune modification',
  'summary.country':
    '{country} : taux effectif {etr}, droits de {duty} par année, {exposed} d’exportations frappées d’un nouveau droit ({share}), exportations vers les États-Unis {pct} ({change}, une perte égale à {gdp} du PIB).',
  'summary.footer': 'Modèle sur le commerce de 2024 (données {version}); réaction du commerce sur un an. {link}',

  'saved.region': 'Scénarios enregistrés',
  'saved.name': 'Nom',
  'saved.placeholder': 'p. ex. Canada à 50 %',
  'saved.save': 'Enregistrer le scénario actuel',
  'saved.defaultName': 'Mon scénario',
  'saved.editedName': '{preset} (modifié)',
  'saved.savedMsg': '« {name} » enregistré.',
  'saved.loadedMsg': '« {name} » chargé.',
  'saved.comparingMsg': 'Comparaison avec « {name} ».',
  'saved.deletedMsg': '« {name} » supprimé.',
  'saved.importedMsg': '{n} scénario(s) importé(s).',
  'saved.importedSomeMsg': '{n} scénario(s) importé(s); {bad} inutilisable(s).',
  'saved.reading': 'Lecture des scénarios enregistrés…',
  'saved.empty':
    'Aucun scénario enregistré pour l’instant. Ils restent dans ce navigateur; exportez-les pour en garder une copie.',
  'saved.newName': 'Nouveau nom pour « {name} »',
  'saved.saveName': 'Enregistrer le nom',
  'saved.cancel': 'Annuler',
  'saved.load': 'Charger',
  'saved.loadLabel': 'Charger {name}',
  'saved.compare': 'Comparer',
  'saved.compareLabel': 'Comparer avec {name}',
  'saved.rename': 'Renommer',
  'saved.renameLabel': 'Renommer {name}',
  'saved.delete': 'Supprimer',
  'saved.deleteLabel': 'Supprimer {name}',
  'saved.inLesson': 'Inclure {name} dans la leçon',
  'saved.present': 'Présenter les scénarios cochés comme une leçon ({n})',
  'saved.export': 'Exporter les scénarios enregistrés (JSON)',
  'saved.import': 'Importer des scénarios d’un fichier',
  'saved.importErrors': 'Une partie du fichier n’a pas pu être utilisée :',

  'compare.region': 'Comparer des scénarios',
  'compare.pick': 'Comparer le scénario actuel (A) avec B :',
  'compare.choose': 'Choisir un scénario…',
  'compare.presets': 'Préréglages',
  'compare.saved': 'Scénarios enregistrés',
  'compare.swap': 'Intervertir A et B',
  'compare.stop': 'Arrêter la comparaison',
  'compare.title': 'Comparer A et B',
  'compare.loading': 'Chargement de la comparaison…',
  'compare.names': 'A : {a} (actuel). B : {b}.',
  'compare.current': 'Scénario actuel',
  'compare.b': 'Scénario B',
  'compare.caption': 'Chiffres principaux, A et B, avec l’écart B − A',
  'compare.measure': 'Mesure',
  'compare.gdp': '… en part du PIB',
  'compare.change': 'Variation des exportations vers les États-Unis',
  'compare.programTitle': 'Taux effectif par programme, A et B',
  'compare.programReading': 'Canada : A {caA}, B {caB}; Mexique : A {mxA}, B {mxB}.',
  'compare.programSource':
    'Modèle sur les importations américaines de 2024 (Census) et les réclamations ACEUM (USITC).',
  'compare.sectorTitle': '{country} : droits par secteur, A et B',
  'compare.sectorReading':
    'Les {n} secteurs aux droits les plus élevés dans l’un ou l’autre scénario; A en haut, B en bas.',
  'compare.sectorSource': 'Modèle sur les importations américaines de 2024 par secteur (Census).',
  'compare.dutyA': 'Droits A (G$ US)',
  'compare.dutyB': 'Droits B (G$ US)',
  'compare.legendA': 'A : {name}',
  'compare.legendB': 'B : {name}',

  'embed.title': 'Droits de douane américains sur le Canada et le Mexique : {name}',
  'embed.custom': 'scénario personnalisé',
  'embed.open': 'Ouvrir dans le simulateur des droits de douane ACEUM',
  'embed.footer':
    'Modèle sur le commerce de 2024 (données {version}, au {asOf}); réaction du commerce sur un an. Les élasticités et le contenu des véhicules sont des hypothèses.',

  'present.loading': 'Chargement de la présentation…',
  'present.step': '{lesson} · étape {n} sur {total}',
  'present.previous': '← Précédent',
  'present.next': 'Suivant →',
  'present.qr': 'Code QR (Q)',
  'present.exit': 'Quitter (Échap)',
  'present.etr': 'taux effectif',
  'present.line': '{duty} de droits par année · exportations vers les États-Unis {pct} ({change})',
  'present.chart': 'Taux effectif par programme',
  'present.changes': 'Ce qui a changé depuis l’étape précédente',
  'present.first': 'Première étape',
  'present.noChange': 'Aucun réglage n’a changé.',
  'present.qrRegion': 'Code QR du lien de cette étape',
  'present.qrLabel': 'Code QR du lien de cette étape : balayez-le pour ouvrir le même scénario',
  'present.qrHelp': 'Balayez pour ouvrir ce scénario sur un téléphone.',
  'present.qrError': 'Le code QR n’a pas pu être créé ({detail}).',

  'method.title': 'Comment les chiffres sont obtenus',
  'method.intro':
    'Pour le Canada et le Mexique, ligne de produit par ligne (les 22 363 lignes HTS10 des importations de 2024 : 12 140 canadiennes, 10 223 mexicaines), le modèle détermine quels droits s’appliquent à quelle part de la valeur de chaque ligne, selon les taux choisis et la part déclarée sous l’ACEUM. Il additionne les droits ligne par ligne, puis par secteur et par pays, divise par la valeur pour obtenir le taux effectif, puis estime la baisse des ventes à ces prix. Les règles ci-dessous s’appliquent à chaque ligne.',
  'method.rule1.title': 'L’article 232 passe en premier',
  'method.rule1.words':
    'Chaque programme 232 actif taxe la part d’un secteur qui entre dans sa portée (pour les dérivés de l’acier, de l’aluminium et du cuivre, seulement le contenu en métal). Les véhicules ACEUM paient le taux sur les automobiles ou les camions seulement sur leur contenu non américain; les pièces ACEUM sont exemptées. La compensation pour les véhicules assemblés aux États-Unis est soustraite des taux sur les automobiles et les pièces.',
  'method.rule2.title': 'Pas de cumul',
  'method.rule2.words':
    'Le droit général ne s’applique jamais à la valeur couverte par un programme 232 actif. Désactivez un programme et ses produits retournent au droit général.',
  'method.rule3.title': 'Le droit général',
  'method.rule3.words':
    'Il s’applique à ce qu’aucun programme 232 ne couvre et qui ne se réclame pas de l’ACEUM, au taux général, ou au taux réduit de la liste de l’énergie et de la potasse.',
  'method.rule4.title': 'Droits NPF',
  'method.rule4.words':
    'Les droits habituels (nation la plus favorisée) frappent les produits qui ne se réclament pas de l’ACEUM; si l’ACEUM prenait fin, tous les produits.',
  'method.rule5.title': 'Taux effectif',
  'method.rule5.words':
    'Les droits d’un secteur sont ses importations de 2024 multipliées par la somme des tranches ci-dessus; le taux effectif d’un pays est le total de ses droits divisé par ses importations, et les tranches s’additionnent pour le donner.',
  'method.rule6.title': 'Réaction du commerce',
  'method.rule6.words':
    'Chaque tranche d’un secteur réagit à son propre droit avec une élasticité constante, qui reste positive quel que soit le droit. Court terme : 1 pour tous les secteurs. Long terme : l’élasticité de Broda–Weinstein de chaque secteur, plafonnée à {cap}.',
  'method.example.title': 'Un exemple détaillé, en direct',
  'method.example.help': 'Choisissez un secteur : le calcul suit les réglages du simulateur.',
  'method.assumptions.title': 'Les hypothèses et leur origine',
  'method.assumptions.col.what': 'Hypothèse',
  'method.assumptions.col.value': 'Valeur',
  'method.assumptions.col.source': 'Source ou raison',
  'method.a.usContent': 'Contenu américain des véhicules ACEUM',
  'method.a.usContent.source':
    'Hypothèse; les véhicules paient le droit sur les automobiles sur le reste (procédure du Commerce, mai 2025).',
  'method.a.offset': 'Compensation automobile',
  'method.a.offset.source':
    '3,75 % du PDSF des véhicules assemblés aux États-Unis (modification d’avril 2025) x une part d’assemblage américain supposée de 33 %.',
  'method.a.short': 'Élasticité à court terme',
  'method.a.short.source': 'Hypothèse : environ un an d’ajustement, identique dans tous les secteurs.',
  'method.a.long': 'Élasticités à long terme',
  'method.a.long.value': 'par secteur, au plus {cap}',
  'method.a.long.source':
    'Broda et Weinstein (2006), élasticités de substitution américaines au niveau HTS10, médianes par secteur.',
  'method.a.usmca': 'Parts ACEUM',
  'method.a.usmca.value': 'observées, par période',
  'method.a.usmca.source':
    'Réclamations USITC DataWeb (2024, 1er sem. 2025, 2e sem. 2025) appliquées au panier de 2024.',
  'method.a.metal': 'Contenu en métal des dérivés',
  'method.a.metal.value': 'par produit',
  'method.a.metal.source':
    'Parts intrants-extrants du BEA telles que codées par l’outil du Yale Budget Lab (fiabilité moyenne).',
  'method.a.caExports': 'Exportations totales du Canada en $ US',
  'method.a.caExports.value': '{share} des importations américaines en provenance du Canada',
  'method.data.title': 'Les données',
  'method.data.version': 'Version des données {version}, au {asOf}, année de base {year}.',
  'method.data.caption': 'Les mesures américaines visant le Canada et le Mexique, 2025–2026',
  'method.data.col.measure': 'Mesure',
  'method.data.col.country': 'Pays',
  'method.data.col.rate': 'Taux',
  'method.data.col.from': 'Depuis',
  'method.data.col.instrument': 'Instrument juridique',
  'method.data.col.confidence': 'Fiabilité',
  'method.data.english': 'Les mesures sont présentées telles que consignées dans les sources, en anglais.',
  'method.collected.title': 'Taux légaux, droits perçus et autres estimations',
  'method.collected.text':
    'Le simulateur donne des taux légaux : ce que la loi impose sur le panier de 2024. Les droits réellement perçus par le Trésor diffèrent. Ils arrivent avec un décalage (les droits sont payés des semaines après l’entrée), ils suivent le panier de l’année plutôt que celui de 2024, ils tiennent compte des exclusions, des remboursements et des marchandises retournées, et ils comptent les réclamations ACEUM mois par mois. Les estimations publiées (Yale Budget Lab, Banque du Canada) diffèrent aussi par leurs pondérations et par leur façon de cumuler les programmes.',
  'method.collected.caption': 'Droits perçus et parts passibles de droits (séries mensuelles du Trésor et du Census)',
  'method.collected.col.month': 'Mois',
  'method.collected.col.rate': 'Droits de douane américains / toutes les importations',
  'method.collected.col.ca': 'Part passible de droits, Canada',
  'method.collected.col.mx': 'Part passible de droits, Mexique',
  'method.limits.title': 'Ce que le modèle laisse de côté',
  'method.limits.ge':
    'Ce n’est pas un modèle d’équilibre général : pas de réaction du taux de change, pas de représailles, pas d’effets intrants-extrants sur les chaînes d’approvisionnement, pas d’effet de prix sur les consommateurs américains au-delà du droit lui-même.',
  'method.limits.adcvd':
    'Les droits antidumping et compensateurs (environ 35 % sur le bois d’œuvre résineux canadien, en plus du droit 232) ne sont pas inclus.',
  'method.limits.ch98':
    'Les chapitres 98 et 99 (marchandises américaines retournées et classements spéciaux) sont exclus des taux et des totaux, comme le font les outils publics.',
  'method.limits.values':
    'Des valeurs, pas des volumes : les prix sont maintenus au niveau de 2024. Voyez le bilan 2025 pour mesurer la portée de cette simplification.',

  'reality.title': 'Le bilan 2025',
  'reality.intro':
    'Le modèle part du commerce de 2024. Exécuté mois par mois le long du véritable parcours tarifaire de 2025 (avec l’élasticité à court terme de 1), il prédit ce qu’auraient dû être les importations de 2025. Voici cette prédiction à côté de ce que les États-Unis ont réellement importé en 2025.',
  'reality.total':
    '{country} : le modèle prévoyait {predicted} ({predictedUsd}); les importations ont réellement varié de {actual} ({actualUsd}).',
  'reality.chartTitle': '{country} : variation prévue et réelle en 2025, par secteur',
  'reality.chartReading':
    'Les 12 plus grands secteurs selon la valeur de 2024; la variation du modèle (barre du haut) et la variation réelle (barre du bas), par rapport à 2024.',
  'reality.chartSource':
    'Modèle sur les importations de 2024 (Census) le long du parcours de 2025; importations réelles de 2025 tirées de USITC DataWeb.',
  'reality.predicted': 'Prédiction du modèle',
  'reality.actual': 'Ce qui s’est passé',
  'reality.col.sector': 'Secteur',
  'reality.col.model': 'Modèle 2025',
  'reality.col.actual': 'Réel 2025',
  'reality.misses.title': 'Où un modèle simple se trompe',
  'reality.misses.intro': 'Les plus grands écarts, en dollars :',
  'reality.miss': '{country}, {sector} : le modèle prévoyait {predicted}, la variation réelle a été de {actual}.',
  'reality.prices.title': 'Les prix.',
  'reality.prices':
    'Les données sont des valeurs, pas des volumes : une variation des prix mondiaux les fait bouger sans aucun droit, surtout pour l’énergie et les métaux précieux. Le modèle maintient les prix au niveau de 2024.',
  'reality.stockpiling.title': 'Les stocks constitués avant les droits.',
  'reality.stockpiling':
    'Les importateurs ont acheté à l’avance : les importations mensuelles en provenance du Mexique au premier trimestre de 2025 ont dépassé de {surge} leur moyenne de 2024 (séries mensuelles du Trésor et du Census). Une élasticité sur un an ne voit pas les marchandises avancées dans le temps.',
  'reality.certification.title': 'La ruée vers la certification ACEUM.',
  'reality.certification':
    'Dès que l’exemption a rendu la certification rentable, la part des importations se réclamant de l’ACEUM est passée de {from} (Canada) en {fromMonth} à {to} en {toMonth}. Le modèle utilise la part observée de chaque période : le second semestre de 2025 tient déjà compte de cette hausse, pas les mois précédents.',
  'reality.demand.title': 'Une demande que le modèle ne connaît pas.',
  'reality.demand.machinery': 'Au Mexique, le secteur {sector} est passé de {from} à {to} ({pct}) malgré les droits.',
  'reality.demand':
    'Un modèle d’équilibre partiel n’a ni déplacements de la demande, ni réorganisation des chaînes d’approvisionnement, ni taux de change, ni représailles : il répond à ce que les droits seuls feraient au commerce de 2024.',
  'reality.path': 'Le parcours de 2025, mois par mois : {path}.',
  'reality.utilization.title': 'Le recours à l’ACEUM, mois par mois',
  'reality.utilization.chart': 'Part des importations qui se réclament de l’ACEUM',
  'reality.utilization.reading':
    'De {ca} pour le Canada et {mx} pour le Mexique en {month} à environ 90 % à partir de la mi-2025.',
  'reality.utilization.source':
    'USITC DataWeb, importations destinées à la consommation se réclamant de l’ACEUM (SPI S/S+), via l’outil du Yale Budget Lab.',
  'reality.month': 'Mois',
  'link.reason.notPresent': 'attendu : 1 (présenter) ou 0',
  'link.reason.tooManySteps': 'plus de {max} étapes ; les {max} premières sont présentées',
  'link.reason.noStep': 'étape inexistante (la leçon en compte {max})',
  'link.cut.title': 'Une partie de ce lien a été omise pour qu’il reste assez court pour s’ouvrir',
  'link.cut.steps':
    'Le lien contient la leçon sans ses {n} dernière(s) étape(s) : les liens restent sous 8 000 caractères. Enregistrez les étapes comme scénarios pour toutes les garder.',
  'link.cut.unknown': '{n} paramètre(s) que l’application ne lit pas ont été retirés du lien.',
  'saved.import.tooMany':
    '{n} scénario(s) n’ont pas été importés : ce navigateur en garde au plus {max}. Supprimez-en et importez de nouveau le fichier.',
  'saved.readOnly':
    'Vos scénarios enregistrés ont été écrits par une version plus récente de l’application (format {version}). Ils sont conservés tels quels ; cette version n’en affiche aucun et n’enregistre rien, afin qu’aucun ne soit perdu. Rechargez pour obtenir la version récente.',
  'saved.stuck':
    'Le stockage est plein : {n} valeur(s) illisible(s) n’ont pas pu être mises de côté ; elles restent en place et l’enregistrement est suspendu. Exportez vos scénarios, puis effacez les données de ce site pour enregistrer de nouveau.',
  'saved.showMore': 'Afficher {n} de plus',
  'saved.noDate': 'sans date',
  'saved.lessonCut':
    'Une leçon compte au plus {max} étapes : les {max} premiers des {n} scénarios cochés sont présentés. Décochez-en pour en choisir d’autres.',
  'present.qrTooLong':
    'Ce lien est trop long pour un code QR ({n} caractères ; un code QR en contient au plus {max}). Partagez-le plutôt avec Partager → Copier le lien.',
  'data.error.timeout': 'Les données commerciales ne sont pas arrivées en {seconds} s.',
  'app.update.title': 'Une nouvelle version du simulateur est disponible',
  'app.update.body': 'Rechargez pour l’utiliser. Votre scénario est dans le lien et reste tel quel.',
  'app.update.reload': 'Recharger',
  'app.update.later': 'Plus tard',
  'app.chunk.title': 'Une partie de l’application n’a pas pu être téléchargée',
  'app.chunk.body':
    'La connexion a été coupée, ou une nouvelle version a été publiée. Rechargez la page : votre scénario est dans le lien et il est conservé.',
  'app.chunk.reload': 'Recharger la page',
  'param.metalsBasis.label': 'Règles de l’article 232 sur les métaux',
  'param.metalsBasis.help':
    'Jusqu’au 5 avr. 2026, la teneur en métal des produits listés paie le taux du métal ; dès le 6 avr., les paliers des annexes s’appliquent à la pleine valeur (I-A le plein taux, I-B la moitié, annexe III un plancher de 15 %) ; dès le 8 juin, l’annexe I-C s’ajoute. Non modélisés : le contingent de l’approvisionnement automobile à 25 % et le critère de 15 % du poids (les parts des paliers sont des bornes supérieures).',
  'param.s338Mode.label': 'Article 338 depuis le 29 sept. 2026',
  'param.s338Mode.help':
    'Les paniers seraient devenus des interdictions d’importation dès le 29 sept. 2026 (proclamations 11061 à 11063) ; aucune source que nous avons pu lire ne dit quelles lignes sont interdites. Une interdiction supprime ce commerce au lieu de le taxer.',
  'option.metalsBasis.content': 'Teneur en métal (jusqu’au 5 avr. 2026)',
  'option.metalsBasis.annexApr': 'Paliers des annexes, avril 2026',
  'option.metalsBasis.annexJun': 'Paliers des annexes avec I-C, juin 2026',
  'option.s338Mode.duty': 'Droit de 50 %',
  'option.s338Mode.ban': 'Interdiction d’importation (rapportée)',
  'editor.programs': 'Programmes sur les produits hors article 232 (2026)',
  'editor.s338ModeNote': 'Source : proclamations 11061 à 11063 selon un audit tiers ; confiance faible.',
  'editor.pharmaNote':
    'En vigueur depuis le 31 juill. 2026. La part brevetée est une hypothèse (les valeurs par défaut du suivi de Yale).',
  'preset.apr-2026-metals.label': '6 avr. 2026 : paliers des métaux sur la pleine valeur',
  'preset.apr-2026-metals.description':
    'L’acier, l’aluminium et le cuivre passent aux paliers des annexes sur la pleine valeur (I-A 50 %, I-B 25 %, annexe III un plancher de 15 %, annexe II retirée), sans allègement ACEUM ; l’article 122 se poursuit.',
  'preset.jun-2026-equipment.label': '8 juin 2026 : annexe I-C (équipement industriel mobile)',
  'preset.jun-2026-equipment.description':
    'La proclamation 11032 ajoute l’annexe I-C (acier ACEUM : 25 % sur le contenu non américain, au moins 15 %) et déplace des lignes entre paliers.',
  'preset.jul-2026-section-301.label': '24 juill. 2026 : fin de l’article 122, début de l’article 301 (travail forcé)',
  'preset.jul-2026-section-301.description':
    'L’article 122 expire le 23 juill. ; un droit de 10 % au titre de l’article 301 (travail forcé) le remplace, produits ACEUM et visés par l’article 232 exclus. Le 1er juill., les États-Unis ont refusé de prolonger l’ACEUM, qui passe à des examens annuels.',
  'preset.aug-2026-section-338.label': '22 août 2026 : article 338 sur le Canada, produits pharmaceutiques',
  'preset.aug-2026-section-338.description':
    'Un droit de 50 % au titre de l’article 338 sur trois paniers de produits canadiens (alcool, produits laitiers, une liste de biens de consommation), sans allègement ACEUM ; article 232 sur les médicaments brevetés depuis le 31 juill.',
  'preset.dec-2026.label': 'Déc. 2026 : le droit en vigueur',
  'preset.dec-2026.description':
    'Les droits américains sur le Canada et le Mexique en vigueur le 1er déc. 2026 : paliers des métaux, programmes 232 par position, produits pharmaceutiques, article 301 (travail forcé) et article 338 sur le Canada.',
  'preset.dec-2026-no-exemption.label': 'Hypothèse : déc. 2026 sans l’exemption ACEUM',
  'preset.dec-2026-no-exemption.description':
    'Les taux de décembre 2026 sans allègement ACEUM : les produits ACEUM paient l’article 301 (travail forcé) et les pleins taux 232.',
  'preset.dec-2026-usmca-withdrawal.label': 'Hypothèse : retrait américain de l’ACEUM',
  'preset.dec-2026-usmca-withdrawal.description':
    'Les taux de décembre 2026 sans l’accord : aucun allègement ACEUM, et le droit NPF sur tous les produits qui s’en prévalaient.',
  'lesson.note.apr-2026-metals':
    'Le taux des métaux s’applique désormais à la pleine valeur des produits listés, par palier : comparez les tranches acier et aluminium avec février.',
  'lesson.note.jun-2026-equipment':
    'Une étape plus petite : des lignes changent de palier, et l’acier ACEUM de l’annexe I-C paie sur son contenu non américain.',
  'lesson.note.jul-2026-section-301':
    'Une nouvelle base juridique, d’une portée semblable : le droit 301 (travail forcé) remplace l’article 122 presque point pour point.',
  'lesson.note.aug-2026-section-338':
    'L’article 338 ne vise que le Canada et ignore l’ACEUM : voyez le taux du Canada bondir pendant que celui du Mexique bouge à peine.',
  'lesson.note.dec-2026':
    'Où en sont les choses aujourd’hui. Question : de quels programmes l’ACEUM protège-t-il encore le Canada et le Mexique ?',
  'lesson.note.dec-2026-no-exemption':
    'La valeur de l’exemption en une étape : les mêmes taux, chaque produit traité comme s’il ne se prévalait pas de l’ACEUM.',
  'lesson.note.dec-2026-usmca-withdrawal':
    'Le retrait va plus loin que la perte de l’exemption : les droits NPF reviennent sur tout ce qui se prévalait de l’ACEUM.',
  'method.programs.title': 'Les programmes tarifaires',
  'method.programs.help':
    'Chaque programme que le modèle connaît, tiré de sa table (src/model/programs.ts) : qui il touche, depuis quand, comment l’ACEUM le traite, avec quoi il se cumule, et les textes juridiques.',
  'method.programs.col.program': 'Programme',
  'method.programs.col.authority': 'Fondement · pays',
  'method.programs.col.inForce': 'En vigueur',
  'method.programs.col.usmca': 'Traitement ACEUM',
  'method.programs.col.stacking': 'Cumul',
  'method.programs.col.sources': 'Sources juridiques',
  'method.programs.from': 'depuis le {from}',
  'method.programs.fromTo': 'du {from} au {to}',
  'method.programs.usmca.none': 'aucun allègement',
  'method.programs.usmca.nonUsContent': 'les véhicules ACEUM paient sur le contenu non américain',
  'method.programs.usmca.qualifyingExempt': 'produits admissibles à l’ACEUM exemptés',
  'method.programs.usmca.claimedExempt': 'produits déclarés sous l’ACEUM exemptés',
  'timeline.currentTo': 'Parcours à jour au {date}. Les étapes « Hypothèse » n’ont jamais eu lieu.',
  'reality.2026':
    'La vérification s’arrête à 2025, la dernière année complète de données d’importation. Les programmes de 2026 (article 122, paliers des métaux, article 301 sur le travail forcé, produits pharmaceutiques, article 338) sont dans les scénarios du simulateur ; leurs règles et leurs textes juridiques sont dans la méthodologie.',
  'reality.2026.link': 'Voir les programmes tarifaires',
  'method.limits.metals2026':
    'Paliers des métaux de 2026 : le contingent de l’approvisionnement automobile pour l’acier et l’aluminium canadiens et mexicains à 25 % (9903.82.18/.19), le critère de 15 % du poids hors chapitres 72, 73, 74 et 76 et la voie du métal américain à 95 % ne sont pas modélisés ; les parts des paliers sont donc des bornes supérieures. L’annexe I-C suppose au moins 40 % de contenu américain.',
  'method.limits.s338':
    'Article 338 : l’exemption pour usage dans les aéronefs civils et la modification du panier alcool du 15 sept. 2026 ne sont pas appliquées ; aucune source lisible ne dit quelles lignes sont devenues des interdictions le 29 sept. 2026, le choix « interdiction » interdit donc toutes les lignes des paniers.',
  'method.limits.fl301':
    'Article 301 (travail forcé) : la liste d’exemptions est l’annexe A proposée (les listes finales de la note 52 ne figurent dans aucune source publique consultée). La part ACEUM de chaque ligne vient de la période du scénario (juillet à décembre 2025 pour 2025h2); la fenêtre des outils de suivi va jusqu’à février 2026, ce qui déplace chaque programme de 2026 d’au plus 0,01 point.',
  'data.error.products':
    'Le tableau des produits ne correspond pas à cette version des données commerciales ({detail}). Rechargez la page.',
  'link.reason.badProduct': 'pas un code SH/HTS (2 à 10 chiffres, points permis)',
  'products.title': 'Produits (codes SH/HTS)',
  'products.search': 'Rechercher des produits ou des codes HTS',
  'products.placeholder': 'sirop d’érable, bois d’œuvre, 7208, 1702.20',
  'products.help':
    'Des mots de la description, ou un code HTS ou son début, de 2 à 10 chiffres (points facultatifs). Les flèches parcourent les résultats; Entrée en ouvre un. Les descriptions sont celles du tarif douanier américain, en anglais.',
  'products.results': 'Lignes de produits trouvées',
  'products.loading': 'Chargement des descriptions de 13 897 lignes de produits…',
  'products.loadError': 'Les descriptions des produits n’ont pas pu être chargées ({detail}).',
  'products.none': 'Aucune ligne de produit ne correspond à « {q} ».',
  'products.count': '{n} lignes trouvées.',
  'products.countCut':
    '{n} lignes trouvées; les {shown} premières sont affichées. Précisez la recherche pour réduire la liste.',
  'products.option.country': '{country} : {imports} en 2024 · droit actuel {rate} ({programs}) · {usmca} sous l’ACEUM',
  'products.option.noDuty': 'aucun droit',
  'products.option.none': '{country} : pas d’importations en 2024',
  'products.panel.one': 'HTS {code} : pourquoi ce taux',
  'products.panel.many': '{n} lignes sous HTS {code} : pourquoi ces taux',
  'products.panel.close': 'Fermer le produit',
  'products.panel.none': 'Aucune ligne sous HTS {code} n’a été importée du Canada ni du Mexique en 2024.',
  'products.panel.cut':
    'Les {shown} premières des {n} lignes sont affichées; saisissez un code plus long pour voir les autres.',
  'products.line.summary':
    'importations 2024 {imports}; {usmca} entrées sous l’ACEUM; droit actuel {rate} ({duty} par an aux volumes de 2024).',
  'products.line.banned': 'Avec l’interdiction d’importation de l’article 338, ce commerce est perdu.',
  'products.term.base': '{rate} sur {reach} de la valeur',
  'products.term.relief': '× {factor} non déclaré sous l’ACEUM',
  'products.term.content': '× {factor} de contenu non américain des véhicules ACEUM',
  'products.col.code': 'Code HTS et description',
  'products.col.imports': 'Importations 2024',
  'products.col.rate': 'Droit actuel',
  'products.col.duty': 'Droits par an',
  'sectors.col.products': 'Produits',
  'sectors.productsShow': 'Principaux produits',
  'sectors.productsHide': 'Masquer les produits',
  'sectors.productsFor': 'Principaux produits par droits dans {sector}',
  'sectors.productsCaption': 'Les {n} lignes de produits aux droits les plus élevés : {sector}, {country}',
  'method.lines.title': 'Un seul droit par article : les lignes sur deux listes',
  'method.lines.eo14289':
    'Une ligne prise par les programmes autos, pièces ou camions paie ce programme et aucun droit sur l’acier ou l’aluminium (décret 14289 du 29 avril 2025; proclamation 10984 pour les camions et leurs pièces). Avant avril 2026, une pièce ACEUM exemptée du droit sur les pièces n’y est pas assujettie : sa part déclarée paie donc le droit sur le métal. Les règles du tableau des produits et les outils de suivi imposent les deux droits en entier à une ligne d’acier de la liste des pièces : novembre 2025 donne alors 6,94 % pour le Canada et 7,36 % pour le Mexique, ici 6,96 % et 7,36 % (npm run simulate -- --rules data reproduit leurs chiffres).',
  'method.lines.copper':
    'Le fil de cuivre isolé (HTS 8544.42.90, 1,8 G$ US du Mexique) figure sur la liste du cuivre et sur celle des dérivés de l’aluminium, et aucune source consultée ne dit quel droit s’applique. Hypothèse : le cuivre sur sa teneur en cuivre, sans droit sur l’aluminium, comme les règles du tableau des produits; l’outil de Yale n’impose ni l’un ni l’autre, ce qui abaisserait de 0,09 point le taux du Mexique en novembre 2025.',
  'method.lines.annex':
    'Depuis le 6 avril 2026, une ligne couverte par un programme par position n’a pas de palier d’annexe, comme dans le tableau des produits et les outils de suivi (la note 16(a) rend les positions des annexes exclusives l’une de l’autre; aucune source consultée ne dit comment les annexes traitent les pièces ACEUM exemptées du droit sur les pièces). La valeur d’une ligne sous l’article 232 est exclue de l’assiette de l’article 122 et de l’article 301 (notes 2(aa) et 52(f)), et l’article 338 s’applique aux lignes des paniers qui ne relèvent pas de l’article 232 (note 51(c)).',
  'glossary.title': 'Glossaire',
  'glossary.intro':
    'Les termes du simulateur, en mots simples. Chacun s’ouvre aussi par un bouton ? là où il apparaît.',
  'glossary.what': 'Qu’est-ce que « {term} » ?',
  'glossary.etr.term': 'Taux tarifaire effectif',
  'glossary.etr.text':
    'Les droits dus divisés par la valeur de toutes les marchandises importées du pays, y compris celles qui ne paient rien. Il est bien plus bas que les taux affichés quand la plupart des marchandises sont exemptées.',
  'glossary.pp.term': 'Point de pourcentage (pts)',
  'glossary.pp.text':
    'L’écart entre deux pourcentages. Un taux qui passe de 2 % à 8 % augmente de 6 points de pourcentage (pts), soit une hausse de 300 %.',
  'glossary.mfn.term': 'Droit NPF',
  'glossary.mfn.text':
    'Le tarif douanier normal des États-Unis (taux de la nation la plus favorisée), le droit qu’une marchandise paie sans accord commercial ni tarif spécial. Une marchandise qui se réclame de l’ACEUM n’en paie pas.',
  'glossary.usmca.term': 'Demande ACEUM',
  'glossary.usmca.text':
    'La déclaration d’un importateur qu’une marchandise respecte les règles d’origine de l’Accord Canada–États-Unis–Mexique. Une marchandise déclarée ne paie pas de droit NPF et, tant que l’exemption tient, aucun des tarifs visant tout le pays. Les droits de l’article 232 s’appliquent quand même, sauf sur le contenu américain des véhicules et des pièces.',
  'glossary.utilization.term': 'Utilisation de l’ACEUM',
  'glossary.utilization.text':
    'La part de la valeur des importations pour laquelle les importateurs se réclament réellement de l’ACEUM. Une marchandise qui pourrait être admissible mais n’est pas déclarée paie les tarifs. Les parts utilisées ici sont celles que les douanes américaines ont enregistrées à chaque période.',
  'glossary.s232.term': 'Article 232',
  'glossary.s232.text':
    'Une loi américaine (Trade Expansion Act de 1962) qui permet au président d’imposer des tarifs sur les importations jugées menaçantes pour la sécurité nationale : acier, aluminium, automobiles et pièces, cuivre, bois d’œuvre, camions et d’autres. Ils s’appliquent que la marchandise se réclame de l’ACEUM ou non, sauf sur le contenu américain des véhicules et des pièces.',
  'glossary.ieepa.term': 'IEEPA',
  'glossary.ieepa.text':
    'L’International Emergency Economic Powers Act de 1977, la loi en vertu de laquelle les tarifs de 2025 visant tout le Canada et tout le Mexique ont été imposés, les marchandises se réclamant de l’ACEUM étant exemptées. Ces tarifs ont été jugés illégaux et sont nuls depuis le 24 février 2026.',
  'glossary.s122.term': 'Article 122',
  'glossary.s122.text':
    'Une loi américaine (Trade Act de 1974) qui permet au président d’ajouter une surtaxe d’au plus 15 % pendant au plus 150 jours pour faire face à un problème de balance des paiements. Appliquée du 24 février au 23 juillet 2026 aux marchandises hors ACEUM et hors article 232.',
  'glossary.s301.term': 'Article 301',
  'glossary.s301.text':
    'Une loi américaine (Trade Act de 1974) qui permet au représentant américain au commerce de répondre par des tarifs, après enquête, aux pratiques déloyales d’un pays étranger; ici le droit lié au travail forcé en vigueur depuis le 24 juillet 2026.',
  'glossary.s338.term': 'Article 338',
  'glossary.s338.text':
    'Une loi américaine (Tariff Act de 1930) qui permet au président d’ajouter des droits d’au plus 50 % sur les marchandises d’un pays qui discrimine le commerce américain; appliquée à trois paniers de marchandises canadiennes depuis le 22 août 2026.',
  'glossary.elasticity.term': 'Élasticité',
  'glossary.elasticity.text':
    'La force avec laquelle la quantité importée baisse quand son prix monte. Avec une élasticité de 1, un prix 10 % plus élevé réduit le volume acheté d’environ 10 %. C’est une hypothèse du modèle, pas une mesure.',
  'headline.why':
    'Pourquoi {etr} ({country}) : {exposed} de ses exportations vers les États-Unis font face à un nouveau tarif, {avg} en moyenne de nouveaux droits; les {free} restants n’en paient aucun.',
  'headline.whyClaim': 'La plupart d’entre elles se réclament de l’ACEUM.',
  'headline.whyNone':
    'Pourquoi {etr} : aucune exportation vers les États-Unis ne fait face à un nouveau tarif dans ce scénario; il reste le droit NPF normal.',
  'headline.lossOf':
    'Une perte égale à {gdp} de son PIB et à {exports} de toutes ses exportations (une taille, pas une baisse du PIB)',
  'headline.gainOf': 'Un gain égal à {gdp} de son PIB et à {exports} de toutes ses exportations',
  'sticky.label': 'Taux effectifs actuels',
  'sticky.country': '{country} {etr} · {duty}',
  'embed.footerLong':
    'Modèle sur le commerce de 2024 (données {version}, au {asOf}); réaction des échanges à long terme, par secteur. Les élasticités et le contenu des véhicules sont des hypothèses.',
  'border.title': 'De l’autre côté de la frontière : mesures sur les produits américains',
  'border.summary':
    'De l’autre côté de la frontière : les contre-tarifs du Canada sur les produits américains, et le choix du Mexique',
  'border.note':
    'Contexte, hors des chiffres : le simulateur ne modélise que les tarifs américains sur les produits canadiens et mexicains.',
  'border.intro':
    'Ce que le Canada et le Mexique ont fait sur les produits américains, d’après retaliation.csv. Le modèle ne les inclut pas : ses chiffres sont les tarifs américains sur les produits canadiens et mexicains. Une ligne du fichier, citée de mémoire sans source, n’est pas montrée.',
  'border.col.country': 'Pays',
  'border.col.measure': 'Mesure',
  'border.col.rate': 'Taux',
  'border.col.date': 'Depuis',
  'border.col.scope': 'Produits visés',
  'border.col.status': 'Statut',
  'border.col.source': 'Source (fiabilité)',
  'border.caption': 'Mesures du Canada et du Mexique sur les produits américains, 2025-2026',
  'border.item': '{date} : {measure}, {rate}; {scope}. Aujourd’hui : {status}.',
  'summary.footerLong':
    'Modèle sur le commerce de 2024 (données {version}); réaction des échanges à long terme, par secteur. {link}',
  'embed.edited': '{preset}, modifié',
  'compare.otherB': 'B : le scénario du lien',
  'figure.source': 'Source',
  'figure.scenario': 'Scénario',
  'figure.data': 'Version des données',
  'figure.link': 'Lien',
  'figure.usdBn': 'G$ US',
  'ratePath.title': 'Le taux au fil du temps',
  'ratePath.intro':
    'Le taux tarifaire effectif de chaque pays, mois par mois, le long de la politique réellement suivie, de janvier 2025 à décembre 2026. Chaque état daté compte à partir du jour de son entrée en vigueur, et un mois est la moyenne de ses jours. La ligne en tirets est ce que les douanes américaines ont réellement perçu, sur toutes les importations des États-Unis. L’anneau au bout est le scénario que vous avez réglé.',
  'ratePath.chartTitle': '{country} : taux tarifaire effectif par mois',
  'ratePath.reading':
    'Le taux de {country} est passé de {from} en {fromMonth} à un sommet de {peak} en {peakMonth}, et il est de {last} en {lastMonth} ; votre scénario donne {current}.',
  'ratePath.source':
    'Modèle sur les importations américaines de 2024 (Census) ; les états de chaque mois selon leurs dates d’entrée en vigueur (policy_measures.csv). Perçu : droits de douane du Trésor américain ÷ toutes les importations américaines (Yale Budget Lab, d’après Haver Analytics), jusqu’à {month}.',
  'ratePath.observed': 'Perçu sur toutes les importations américaines (Trésor)',
  'ratePath.scenario': 'Votre scénario : {value}',
  'ratePath.scenarioKey': 'Votre scénario (anneau au bout)',
  'ratePath.col.month': 'Mois',
  'ratePath.col.model': 'Modèle : taux effectif',
  'ratePath.col.observed': 'Perçu, toutes importations américaines',
  'ratePath.col.states': 'Politique en vigueur (jours)',
  'ratePath.state': '{name} ({days} j)',
  'ratePath.none': 'pas encore publié',
  'ratePath.note':
    'Le Trésor publie les droits de douane de tous les pays ensemble : ce qui a été perçu sur les seuls produits canadiens ou mexicains n’est pas dans ces données, la ligne en tirets est donc le taux de l’ensemble des États-Unis (Chine et tous les autres partenaires compris), montré pour l’échelle. Une courte période est approximée : les automobiles ont payé 25 % à partir du 3 avril 2025 et leurs pièces à partir du 3 mai, toutes deux comptées ici à partir du 3 mai ; et l’ensemble de novembre 2025 court jusqu’au 24 février 2026, jour où la CBP a cessé de percevoir les droits IEEPA (quatre jours après la décision de la Cour suprême) et où la section 122 a commencé.',
  'present.overTime': 'Dans le temps (O)',
  'present.timeChart': 'Le taux tarifaire effectif mois par mois, cette étape marquée au bout',
  'present.timeCaption':
    'Le long de la politique réellement suivie, de janvier 2025 à décembre 2026 ; l’anneau est cette étape, à sa date. En tirets : perçu sur toutes les importations américaines.',
  'nav.sources': 'Sources',
  'cite.label': 'Citer ce scénario',
  'cite.text':
    '« {name} ». Simulateur des droits de douane ACEUM, version des données {version} (données jusqu’au {asOf}). {link} (consulté le {accessed}).',
  'sources.title': 'Sources',
  'sources.intro':
    'Chaque chiffre de l’application vient des fichiers ci-dessous (version des données {version}), et chaque droit de douane des textes juridiques listés ensuite. Téléchargez un fichier pour vérifier un chiffre ou pour le réutiliser.',
  'sources.cite.title': 'Citer ce scénario',
  'sources.cite.help':
    'Pour un rapport ou une diapositive : le nom du scénario, la version des données et le lien qui reproduit exactement ce que vous voyez.',
  'sources.data.title': 'Télécharger les données',
  'sources.data.help':
    'Les fichiers d’entrée du projet, tels que le modèle les lit. SOURCES.md décrit chaque colonne, sa source, sa fiabilité et ses limites.',
  'sources.download': 'Télécharger {file}',
  'sources.legal.title': 'Textes juridiques',
  'sources.legal.help':
    'Les {n} décrets, proclamations, avis, décisions et nomenclatures derrière les programmes et le calendrier des politiques, dans les termes où les données les citent. Quand un texte n’a pas d’adresse stable, le lien le cherche dans le Federal Register (ou, pour une décision, à la Cour suprême).',
  'sources.search': 'le chercher',
  'sources.open': 'ouvrir',
  'sources.file.SOURCES': 'Ce que contient chaque fichier, d’où il vient, et ses limites.',
  'sources.file.sectors':
    'Importations 2024 et 2025, parts ACEUM, champs des programmes, droits NPF et élasticités : 31 secteurs par pays.',
  'sources.file.products-2024':
    'Chaque ligne de produit (SH10) des importations 2024 du Canada et du Mexique, avec les programmes qui la touchent.',
  'sources.file.sector-shares-2026': 'Les parts de chaque secteur sous les programmes de 2026.',
  'sources.file.measures-2026': 'Les mesures juridiques de 2026, une ligne chacune.',
  'sources.file.policy-measures': 'Les mesures américaines de 2025–2026 avec leurs dates, taux et traitement ACEUM.',
  'sources.file.usmca-utilization-monthly': 'La part mensuelle des importations déclarées sous l’ACEUM.',
  'sources.file.us-imports-duties-monthly':
    'Importations mensuelles, valeur passible de droits et droits de douane perçus.',
  'sources.file.macro': 'PIB et totaux du commerce.',
  'sources.file.retaliation': 'Les mesures du Canada et du Mexique sur les produits américains.',
  'sources.file.context': 'Les faits du panneau de contexte.',
  'sources.see':
    'Chaque jeu de données et texte juridique sur lequel repose cette page, avec les fichiers à télécharger :',
  'sources.seeLink': 'la page Sources',
  'sector.crude_oil': 'Pétrole brut',
  'sector.natural_gas': 'Gaz naturel, GNL et GPL compris',
  'sector.electricity': 'Électricité',
  'sector.refined_fuels': 'Produits pétroliers raffinés, charbon et autres combustibles',
  'sector.fertilizers': 'Engrais, potasse comprise',
  'sector.iron_steel': 'Fer, acier et ouvrages',
  'sector.aluminum': 'Aluminium et ouvrages',
  'sector.copper': 'Cuivre et ouvrages',
  'sector.other_base_metals': 'Nickel, zinc, plomb, étain et autres métaux communs',
  'sector.metal_tools_articles': 'Outils et ouvrages divers en métaux communs',
  'sector.precious_metals': 'Métaux précieux et pierres',
  'sector.wood_lumber': 'Bois et bois d’œuvre',
  'sector.pulp_paper': 'Pâte, papier et imprimés',
  'sector.furniture': 'Meubles, literie, éclairage, préfabriqués',
  'sector.agri_food': 'Agriculture, aliments et boissons',
  'sector.pharma': 'Produits pharmaceutiques',
  'sector.chemicals': 'Produits chimiques (hors pharmacie, engrais, plastiques)',
  'sector.plastics_rubber': 'Plastiques et caoutchouc',
  'sector.ores_minerals': 'Minerais, sel, pierre, ciment',
  'sector.machinery': 'Machines et ordinateurs',
  'sector.electrical': 'Équipements électriques et électroniques',
  'sector.aircraft': 'Aéronefs et pièces',
  'sector.instruments': 'Instruments médicaux, optiques et de précision',
  'sector.passenger_vehicles': 'Voitures de tourisme',
  'sector.light_trucks': 'Camions légers (PTAC ≤ 5 t)',
  'sector.mhd_trucks': 'Camions moyens et lourds, tracteurs et véhicules spéciaux',
  'sector.buses': 'Autobus',
  'sector.auto_parts': 'Pièces automobiles, carrosseries et châssis',
  'sector.other_transport': 'Autres matériels de transport',
  'sector.textiles_apparel': 'Textiles, vêtements et chaussures',
  'sector.other_goods': 'Tous les autres biens',
  'context.fact.usmca_trade.label': 'Commerce annuel de biens entre les partenaires de l’ACEUM',
  'context.fact.usmca_trade.text':
    'Le commerce de biens États-Unis–Canada, États-Unis–Mexique et Canada–Mexique atteint environ 1 600 milliards de dollars américains en 2024.',
  'context.fact.ca_mx_trade.label': 'Commerce Canada–Mexique',
  'context.fact.ca_mx_trade.text':
    'Commerce de biens entre le Canada et le Mexique en 2024 : environ 56 milliards de dollars canadiens.',
  'context.fact.action_plan.label': 'Plan d’action Mexique–Canada 2025–2028',
  'context.fact.action_plan.text':
    'Annoncé lors de la rencontre Sheinbaum–Carney à Mexico (septembre 2025) : un plan pour approfondir les liens de commerce, d’investissement, de sécurité et de mobilité entre les deux pays, à côté de l’ACEUM.',
  'context.fact.joint_review.label': 'Réexamen conjoint de l’ACEUM prévu au plus tard le 1er juillet 2026',
  'context.fact.joint_review.text':
    'Au sixième anniversaire de l’entrée en vigueur de l’accord (1er juillet 2020), les trois parties doivent le réexaminer ensemble et dire si elles en prolongent la durée ; les droits de douane de 2025 encadrent ce réexamen.',
  'context.fact.export_shares.label': 'Le Canada et le Mexique se vendent peu l’un à l’autre',
  'context.fact.export_shares.text':
    'La couverture de la rencontre situait les ventes Canada–Mexique à environ 3 % et 1 % des exportations des deux pays. Nos données donnent 1,2 % pour le Canada (6,3 G$ US vers le Mexique / 544 G$ US de total dérivé) ; les importations canadiennes enregistrées en provenance du Mexique (34,3 G$ US) représentent 5,6 % des exportations du Mexique, car la statistique canadienne compte les produits mexicains qui transitent par les États-Unis.',
  'confidence.high': 'élevée',
  'confidence.medium': 'moyenne',
  'confidence.low': 'faible',
  'confidence.medium-high': 'moyenne à élevée',
  'confidence.unverified': 'non vérifiée',
  'lesson.question.pre-2025':
    'Avant 2025, pourquoi la plupart des produits du Canada et du Mexique ne payaient-ils aucun droit américain ?',
  'lesson.question.feb-2025-announced':
    'Si ce tarif avait frappé tous les produits, qui aurait payé le droit à la frontière : l’exportateur, l’importateur ou l’acheteur ?',
  'lesson.question.mar-2025-usmca-exempt':
    'Le taux prévu par la loi n’a pas changé, et pourtant le taux effectif a baissé. Qu’est-ce qui a changé ?',
  'lesson.question.mar-2025-steel-25': 'Pourquoi se réclamer de l’ACEUM n’aide-t-il pas ici un exportateur d’acier ?',
  'lesson.question.apr-2025-autos':
    'Pourquoi les automobiles ne paient-elles que sur leur contenu non américain, et à qui profite cette règle ?',
  'lesson.question.jun-2025-steel-50':
    'Le taux de quel pays monte le plus quand les métaux doublent, et qu’est-ce que cela dit de ce qu’il vend ?',
  'lesson.question.aug-2025-canada-35':
    'Le tarif sur le Canada a augmenté, mais son taux effectif a baissé. Comment les deux peuvent-ils être vrais ?',
  'lesson.question.nov-2025': 'Quel programme pèse le plus sur chaque pays, et pourquoi n’est-ce pas le même ?',
  'lesson.question.nov-2025-no-exemption':
    'Sans l’exemption, le taux de chaque pays est multiplié par combien ? Que vaut l’exemption pour eux ?',
  'lesson.question.feb-2026-section-122':
    'Un tribunal a annulé un fondement juridique et un autre l’a remplacé. Qu’est-ce qui n’a pas changé pour les exportateurs ?',
  'lesson.question.apr-2026-metals':
    'Qu’est-ce qui change quand un tarif frappe la valeur entière d’un produit plutôt que son contenu en métal ?',
  'lesson.question.jun-2026-equipment':
    'Pourquoi quelques lignes tarifaires peuvent-elles compter beaucoup pour un secteur et peu pour le total ?',
  'lesson.question.jul-2026-section-301':
    'Le fondement juridique a changé ; le droit payé a-t-il changé ? Qu’est-ce que cela dit sur la lecture de l’actualité ?',
  'lesson.question.aug-2026-section-338':
    'Pourquoi le taux du Mexique bouge-t-il à peine quand un tarif vise le Canada seul ?',
  'lesson.question.dec-2026':
    'De quels programmes actuels l’ACEUM protège-t-il encore le Canada et le Mexique, et desquels non ?',
  'lesson.question.dec-2026-no-exemption':
    'Comparez cette étape à la précédente : que vaut aujourd’hui l’exemption ACEUM, en droits par an ?',
  'lesson.question.dec-2026-usmca-withdrawal':
    'Pourquoi quitter l’accord coûte-t-il plus que perdre la seule exemption ?',
  'plan.title': 'Leçon à présenter',
  'plan.name': 'Nom de la leçon',
  'plan.empty': 'Cochez des scénarios enregistrés ci-dessus pour en faire les étapes d’une leçon.',
  'plan.up': 'Avancer « {name} » d’une étape',
  'plan.down': 'Reculer « {name} » d’une étape',
  'plan.edit': 'Étape {n} : titre, notes et question',
  'plan.stepTitle': 'Titre à l’écran projeté',
  'plan.notes': 'Vos notes (vue présentateur seulement)',
  'plan.question': 'Question pour la classe (à l’écran projeté et sur le document à distribuer)',
  'plan.unreadable':
    'La leçon que vous prépariez n’a pas pu être lue dans ce navigateur ; elle repart de zéro, et l’ancienne reste enregistrée jusqu’à votre prochaine modification.',
  'plan.noStorage':
    'Ce navigateur ne conserve pas la leçon (stockage désactivé ou plein) : elle vaut pour cette visite seulement.',
  'present.presenter': 'Vue présentateur (P)',
  'present.handout': 'Document à distribuer (H)',
  'present.blocked':
    'Le navigateur a bloqué la fenêtre du présentateur. Autorisez les fenêtres surgissantes pour ce site, ou',
  'present.blockedLink': 'ouvrez la vue présentateur dans un nouvel onglet',
  'present.question': 'Question pour la classe',
  'present.qrClose': 'Fermer (Q)',
  'handout.print': 'Imprimer',
  'handout.back': 'Retour à la présentation (Échap)',
  'handout.meta': '{n} étapes · version des données {version} · imprimé le {date}',
  'handout.step': 'Étape {n} : {title}',
  'handout.country': 'Pays',
  'handout.duty': 'Droits par an',
  'handout.exports': 'Exportations vers les États-Unis',
  'handout.questionLabel': 'Question :',
  'presenter.title': 'Vue présentateur',
  'presenter.noChannel':
    'Ce navigateur ne peut pas relier deux fenêtres (pas de BroadcastChannel). Servez-vous plutôt des notes du document à distribuer.',
  'presenter.waiting': 'Connexion à la présentation…',
  'presenter.absent':
    'Aucune présentation ne répond. Lancez la présentation dans l’autre fenêtre, puis choisissez-y Vue présentateur.',
  'presenter.ended': 'La présentation est terminée. Vous pouvez fermer cette fenêtre.',
  'presenter.stepOf': 'Étape {n} sur {total}',
  'presenter.elapsed': 'Écoulé',
  'presenter.resetTimer': 'Remettre le chrono à zéro',
  'presenter.now': 'À l’écran : {title}',
  'presenter.notes': 'Vos notes',
  'presenter.next': 'Ensuite : {title}',
  'presenter.last': 'C’est la dernière étape.',
  'presenter.keys':
    'Les touches ici pilotent l’écran projeté : → et ← changent d’étape, Début et Fin, Q le code QR, O le taux dans le temps.',
  'handout.etr': 'Taux tarifaire effectif',
  'formula.rate': 'taux',
  'formula.offset': 'déduction',
  'formula.scope': 'champ',
  'formula.metalScope': 'champ (contenu en métal ; dès le 6 avr. 2026, les paliers de l’annexe sur la valeur entière)',
  'formula.usContent': 'contenu américain',
  'formula.usmcaShare': 'part ACEUM',
  'formula.covered': 'couvert',
  'formula.coveredShare': 'part couverte',
  'formula.activeScopes': 'champs des programmes en vigueur',
  'formula.allScopes': 'champs de tous les programmes',
  'formula.paying232': 'valeur qui paie le 232',
  'formula.general': 'général',
  'formula.reduced': 'réduit',
  'formula.usmcaOutside232': 'part ACEUM hors 232',
  'formula.exemptShare': 'part exemptée',
  'formula.untaxed': 'non taxé',
  'formula.untaxedNote': 'non taxé : ce que les programmes ci-dessus n’ont pas taxé ; ils ne se cumulent jamais',
  'formula.basketShare': 'part du panier',
  'formula.basketNote': 'sans allègement ACEUM ; jamais sur les produits 232 ; s’ajoute aux autres',
  'formula.mfnRate': 'taux NPF sur les produits hors ACEUM',
  'formula.duty': 'droits',
  'formula.imports': 'importations',
  'formula.sumNote': 'somme des contributions des programmes',
  'formula.elasticity': 'élasticité',
  'formula.baselineNote': 'r0 = le scénario de référence NPF seul',
  'context.fact.action_plan.source':
    'Couverture de la rencontre dans la presse (l’article derrière les lignes Canada–Mexique de macro.csv, newsn24.de) ; note de cadrage de ce projet',
  'context.fact.joint_review.source': 'ACEUM, article 34.7 (Réexamen et prolongation de la durée)',
  'context.fact.export_shares.source':
    'Couverture de la rencontre dans la presse, citée par la note de cadrage (3 % / 1 %, non vérifiés ici) ; Statistique Canada et INEGI via macro.csv pour nos propres parts',
  'context.fact.usmca_trade.source':
    'CALCULÉ à partir de macro.csv : États-Unis–Canada 762,1 G + États-Unis–Mexique 839,9 G + Canada–Mexique 40,6 G (Census, Statistique Canada)',
  'context.fact.ca_mx_trade.source':
    'Statistique Canada, d’après la couverture de la rencontre Mexique–Canada : importations du Mexique 34,293 G + exportations vers le Mexique 6,278 G ; environ 1,37 $ CA par $ US (calculé)',
};
