// The words of each tariff program in the three languages, in one place: a program added to the table gets its name,
// its control's label and its help here, and every dictionary spreads them in (programMessages). A test fails when
// a program has none.
import type { ProgramId, RateProgramId } from '../model/programs';

type Text = { name: string };
type RateText = Text & { label: string; help: string };
type Langs<T> = { en: T; fr: T; es: T };

export const PROGRAM_TEXTS: { [K in ProgramId]: Langs<K extends RateProgramId ? RateText : Text> } = {
  mfn: {
    en: { name: 'MFN (normal duties)' },
    fr: { name: 'NPF (droits habituels)' },
    es: { name: 'NMF (aranceles normales)' },
  },
  countryWide: {
    en: { name: 'Country-wide tariff' },
    fr: { name: 'Droit général' },
    es: { name: 'Arancel general' },
  },
  steel: {
    en: {
      name: 'Steel (232)',
      label: 'Steel',
      help: 'Section 232 steel, on metal content of derivatives. 25% from 12 Mar 2025, 50% from 4 Jun 2025.',
    },
    fr: {
      name: 'Acier (232)',
      label: 'Acier',
      help: 'Article 232 sur l’acier, sur le contenu en métal des produits dérivés. 25 % depuis le 12 mars 2025, 50 % depuis le 4 juin 2025.',
    },
    es: {
      name: 'Acero (232)',
      label: 'Acero',
      help: 'Sección 232 sobre el acero, sobre el contenido metálico de los derivados. 25 % desde el 12 de marzo de 2025, 50 % desde el 4 de junio de 2025.',
    },
  },
  aluminum: {
    en: {
      name: 'Aluminum (232)',
      label: 'Aluminum',
      help: 'Section 232 aluminum, on metal content. 25% from 12 Mar 2025, 50% from 4 Jun 2025.',
    },
    fr: {
      name: 'Aluminium (232)',
      label: 'Aluminium',
      help: 'Article 232 sur l’aluminium, sur le contenu en métal. 25 % depuis le 12 mars 2025, 50 % depuis le 4 juin 2025.',
    },
    es: {
      name: 'Aluminio (232)',
      label: 'Aluminio',
      help: 'Sección 232 sobre el aluminio, sobre el contenido metálico. 25 % desde el 12 de marzo de 2025, 50 % desde el 4 de junio de 2025.',
    },
  },
  copper: {
    en: {
      name: 'Copper (232)',
      label: 'Copper',
      help: 'Section 232 copper (semi-finished and derivatives, on copper content), 50% from 1 Aug 2025.',
    },
    fr: {
      name: 'Cuivre (232)',
      label: 'Cuivre',
      help: 'Article 232 sur le cuivre (semi-finis et dérivés, sur le contenu en cuivre), 50 % depuis le 1er août 2025.',
    },
    es: {
      name: 'Cobre (232)',
      label: 'Cobre',
      help: 'Sección 232 sobre el cobre (semimanufacturas y derivados, sobre el contenido de cobre), 50 % desde el 1 de agosto de 2025.',
    },
  },
  autos: {
    en: {
      name: 'Autos (232)',
      label: 'Autos',
      help: 'Passenger vehicles and light trucks, 25% from 3 Apr 2025; USMCA vehicles pay on non-US content.',
    },
    fr: {
      name: 'Automobiles (232)',
      label: 'Automobiles',
      help: 'Voitures et camions légers, 25 % depuis le 3 avril 2025; les véhicules ACEUM paient sur leur contenu non américain.',
    },
    es: {
      name: 'Automóviles (232)',
      label: 'Automóviles',
      help: 'Automóviles y camionetas ligeras, 25 % desde el 3 de abril de 2025; los vehículos del T-MEC pagan sobre su contenido no estadounidense.',
    },
  },
  autoParts: {
    en: {
      name: 'Auto parts (232)',
      label: 'Auto parts',
      help: 'Auto parts, 25% from 3 May 2025; USMCA-qualifying parts exempt.',
    },
    fr: {
      name: 'Pièces d’automobiles (232)',
      label: 'Pièces d’automobiles',
      help: 'Pièces d’automobiles, 25 % depuis le 3 mai 2025; les pièces admissibles à l’ACEUM sont exemptées.',
    },
    es: {
      name: 'Autopartes (232)',
      label: 'Autopartes',
      help: 'Autopartes, 25 % desde el 3 de mayo de 2025; las partes que califican al T-MEC están exentas.',
    },
  },
  mhdTrucks: {
    en: {
      name: 'Trucks (232)',
      label: 'Medium & heavy trucks',
      help: '25% from 1 Nov 2025; USMCA trucks pay on non-US content.',
    },
    fr: {
      name: 'Camions (232)',
      label: 'Camions moyens et lourds',
      help: '25 % depuis le 1er novembre 2025; les camions ACEUM paient sur leur contenu non américain.',
    },
    es: {
      name: 'Camiones (232)',
      label: 'Camiones medianos y pesados',
      help: '25 % desde el 1 de noviembre de 2025; los camiones del T-MEC pagan sobre su contenido no estadounidense.',
    },
  },
  mhdParts: {
    en: {
      name: 'Truck parts (232)',
      label: 'Truck parts',
      help: '25% from 1 Nov 2025; USMCA-qualifying parts exempt.',
    },
    fr: {
      name: 'Pièces de camions (232)',
      label: 'Pièces de camions',
      help: '25 % depuis le 1er novembre 2025; les pièces admissibles à l’ACEUM sont exemptées.',
    },
    es: {
      name: 'Partes de camión (232)',
      label: 'Partes de camión',
      help: '25 % desde el 1 de noviembre de 2025; las partes que califican al T-MEC están exentas.',
    },
  },
  buses: {
    en: { name: 'Buses (232)', label: 'Buses', help: '10% from 1 Nov 2025, no USMCA relief.' },
    fr: { name: 'Autobus (232)', label: 'Autobus', help: '10 % depuis le 1er novembre 2025, sans allègement ACEUM.' },
    es: {
      name: 'Autobuses (232)',
      label: 'Autobuses',
      help: '10 % desde el 1 de noviembre de 2025, sin alivio del T-MEC.',
    },
  },
  lumber: {
    en: {
      name: 'Lumber (232)',
      label: 'Softwood lumber',
      help: '10% from 14 Oct 2025, no USMCA relief (anti-dumping duties come on top and are not modelled).',
    },
    fr: {
      name: 'Bois d’œuvre (232)',
      label: 'Bois d’œuvre résineux',
      help: '10 % depuis le 14 octobre 2025, sans allègement ACEUM (les droits antidumping s’ajoutent et ne sont pas modélisés).',
    },
    es: {
      name: 'Madera (232)',
      label: 'Madera blanda',
      help: '10 % desde el 14 de octubre de 2025, sin alivio del T-MEC (los derechos antidumping se suman y no se modelan).',
    },
  },
  furniture: {
    en: {
      name: 'Furniture (232)',
      label: 'Upholstered furniture & cabinets',
      help: '25% from 14 Oct 2025, no USMCA relief.',
    },
    fr: {
      name: 'Meubles (232)',
      label: 'Meubles rembourrés et armoires',
      help: '25 % depuis le 14 octobre 2025, sans allègement ACEUM.',
    },
    es: {
      name: 'Muebles (232)',
      label: 'Muebles tapizados y gabinetes',
      help: '25 % desde el 14 de octubre de 2025, sin alivio del T-MEC.',
    },
  },
  pharma: {
    en: {
      name: 'Pharmaceuticals (232)',
      label: 'Pharmaceuticals',
      help: 'Section 232 on patented drugs: 100% in total from 31 Jul 2026; generics exempt. Assumed: 48% of listed value pays (20% generics, 40% company deals).',
    },
    fr: {
      name: 'Produits pharmaceutiques (232)',
      label: 'Produits pharmaceutiques',
      help: 'Article 232 sur les médicaments brevetés : 100 % au total depuis le 31 juill. 2026 ; génériques exemptés. Hypothèse : 48 % de la valeur listée paie (20 % de génériques, 40 % d’ententes d’entreprise).',
    },
    es: {
      name: 'Farmacéuticos (232)',
      label: 'Productos farmacéuticos',
      help: 'Sección 232 sobre medicamentos patentados: 100 % en total desde el 31 jul 2026; genéricos exentos. Supuesto: paga el 48 % del valor listado (20 % genéricos, 40 % acuerdos con empresas).',
    },
  },
  section122: {
    en: {
      name: 'Section 122',
      label: 'Section 122 surcharge',
      help: 'Balance-of-payments surcharge on goods outside USMCA and Section 232, less its exemptions (energy, minerals, fertilizers, pharmaceuticals, many electronics, civil aircraft). 10% from 24 Feb to 23 Jul 2026.',
    },
    fr: {
      name: 'Article 122',
      label: 'Surtaxe de l’article 122',
      help: 'Surtaxe de balance des paiements sur les produits hors ACEUM et hors article 232, moins ses exemptions (énergie, minéraux, engrais, produits pharmaceutiques, beaucoup d’électronique, aéronefs civils). 10 % du 24 févr. au 23 juill. 2026.',
    },
    es: {
      name: 'Sección 122',
      label: 'Sobretasa de la Sección 122',
      help: 'Sobretasa por balanza de pagos sobre bienes fuera del T-MEC y de la Sección 232, menos sus exenciones (energía, minerales, fertilizantes, farmacéuticos, mucha electrónica, aeronaves civiles). 10 % del 24 feb al 23 jul 2026.',
    },
  },
  forcedLabor301: {
    en: {
      name: 'Forced labour (301)',
      label: 'Section 301 forced labour',
      help: 'Duty on Canadian and Mexican goods outside USMCA and Section 232, less the exemption list (the proposed Annex A). 10% from 24 Jul 2026.',
    },
    fr: {
      name: 'Travail forcé (301)',
      label: 'Article 301, travail forcé',
      help: 'Droit sur les produits canadiens et mexicains hors ACEUM et hors article 232, moins la liste d’exemptions (l’annexe A proposée). 10 % depuis le 24 juill. 2026.',
    },
    es: {
      name: 'Trabajo forzoso (301)',
      label: 'Sección 301, trabajo forzoso',
      help: 'Arancel sobre bienes canadienses y mexicanos fuera del T-MEC y de la Sección 232, menos la lista de exenciones (el Anexo A propuesto). 10 % desde el 24 jul 2026.',
    },
  },
  section338: {
    en: {
      name: 'Section 338 (Canada)',
      label: 'Section 338 on Canada',
      help: 'Duty on three baskets of Canadian goods (alcohol, dairy, a consumer-goods list), with no USMCA relief and never on Section 232 goods; added to every other duty. 50% from 22 Aug 2026.',
    },
    fr: {
      name: 'Article 338 (Canada)',
      label: 'Article 338 sur le Canada',
      help: 'Droit sur trois paniers de produits canadiens (alcool, produits laitiers, une liste de biens de consommation), sans allègement ACEUM et jamais sur les produits visés par l’article 232 ; il s’ajoute à tous les autres droits. 50 % depuis le 22 août 2026.',
    },
    es: {
      name: 'Sección 338 (Canadá)',
      label: 'Sección 338 sobre Canadá',
      help: 'Arancel sobre tres canastas de bienes canadienses (alcohol, lácteos, una lista de bienes de consumo), sin alivio del T-MEC y nunca sobre bienes de la Sección 232; se suma a todos los demás aranceles. 50 % desde el 22 ago 2026.',
    },
  },
};

type ProgramKey = `program.${ProgramId}` | `param.${RateProgramId}.label` | `param.${RateProgramId}.help`;

/** The dictionary entries of every program in one language. */
export function programMessages(lang: keyof Langs<Text>): Record<ProgramKey, string> {
  const out: Record<string, string> = {};
  for (const [id, texts] of Object.entries(PROGRAM_TEXTS)) {
    const t: Text & Partial<RateText> = texts[lang];
    out[`program.${id}`] = t.name;
    if (t.label !== undefined && t.help !== undefined) {
      out[`param.${id}.label`] = t.label;
      out[`param.${id}.help`] = t.help;
    }
  }
  return out as Record<ProgramKey, string>;
}
