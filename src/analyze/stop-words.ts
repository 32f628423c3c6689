/**
 * English stop words for key-phrase extraction: function words, pronouns, auxiliaries and
 * common verbs, adverbs and vague nouns/adjectives that never make a key phrase on their own.
 */

const WORDS = `
a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because
become becomes becoming been before beforehand behind being below beside besides between beyond both but by can
cannot could did do does doing done down during each either else elsewhere enough etc even ever every everyone
everything everywhere except few for former formerly from further had has have having he hence her here
hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself just
last latter least less made make makes making many may me meanwhile might mine more moreover most mostly much
must my myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off
often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please put
rather re same see seem seemed seeming seems several she should since so some somehow someone something
sometime sometimes somewhere still such than that the their theirs them themselves then thence there
thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to
together too toward towards under until up upon us very via was we well were what whatever when whence
whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever
whole whom whose why will with within without would yet you your yours yourself yourselves
able according actually add added adds also ask asked asks began begin begins came come comes continue
continued could did didn doesn don done dont get gets getting got go goes going gone good great happen
happened happens help helps isn keep kept know known let lets like likely look looked looks lot lots need
needed needs new noted notes ok okay quite real really right said say says see seen set sets shall shouldn
show showed shows sure take taken takes took told tell tells thing things think thought time times today
took try tried tries turn turned use used uses using wasn way ways went weren won wouldn yes yesterday
day days week weeks month months year years hour hours minute minutes second seconds first third fourth
fifth kind sort bit part point points fact case question answer idea blog post article comment comments
thanks people guy guys example instance number numbers amount various different certain possible entire
big little small large high low long short early late able important main major minor full
update updated updates nt ll ve re com www http https org net lead leads led provide provides provided allow allows allowed
require requires include includes including whether also via e.g i.e due run runs ran stop stops
stopped fix fixes fixed restart restarts caused causes cause's became becomes
utc gmt pst pdt est edt cst cdt mst mdt cet cest bst ist jst am pm
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night tonight
`;

/** The stop words (lower case). */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ''));
