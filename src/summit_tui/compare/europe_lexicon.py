"""Spanish, Portuguese, French, Italian, German and Czech words with their English words, so
that a passage in one of them meets an English or a Korean one (and each other) on the
concepts they share, as Korean does through ``lexicon``.

A form is written as ``features`` reads it: lower case, without its marks (čas → cas, groß →
gross). A form ending in ``*`` is a stem that takes any
ending (Czech and German inflect: týmů, týmy → tym*; Modellen → modell*). No form is an
English word of another meaning (German rat, Czech den, Spanish once) or a common surname
(Klein, Petit: a name in the notes is no word of the talk), and no stem starts English
words of another meaning: every Latin word of every note is looked up.
General vocabulary of technology talks and the notes people take at them, grouped by
subject; add words by subject, never for one sentence.
"""

from __future__ import annotations

from functools import lru_cache

from summit_tui.compare.english import STOP as ENGLISH_STOP
from summit_tui.compare.english import stem_word

WORDS = """
# people and organisations
equipa/equipas/equipo/equipos/equipe/equipes/tym*/squadra/squadre: team
empresa/empresas/firma/firmy/firmu/firmen/spolecnost*/unternehmen*/entreprise*/azienda: company
aziende: company
plataforma*/plattform*/plateforme*/platformu/platformy/platforme: platform
desarrollador*/programador*/vyvojar*/entwickler*/developpeur*/sviluppator*: developer
ingenier*/engenheir*/engenhar*/inzenyr*/ingenieur*/ingegner*: engineer engineering
pessoa/pessoas/lide/lidi/leute/menschen/personnes/persone: people
proveedor*/fornecedor*/dodavatel*/anbieter*/lieferant*/fournisseur*/fornitor*: vendor supplier
cliente/clientes/zakaznik*/kunde/kunden: customer client
usuario*/utilizador*/uzivatel*/nutzer*/benutzer*/utilisateur*/utent*: user
publico/publikum/publiku/auditorio: audience

# time and amounts
tiempo/tiempos/tempo/tempos/zeit/zeiten/temps/cas/casu/casem: time
hora/horas/hodina/hodinu/hodin/hodiny/stunde/stunden/heure/heures: hour
minuto/minutos/minut/minuty/minuten/minuti: minute
dia/dias/dnu/dny/dnech/tage/tagen/jour/jours/giorno/giorni: day
semana/semanas/tyden/tydny/tydnu/tydne/woche/wochen/semaine/semaines/settimana/settimane: week
mes/meses/mesic*/monat*/mois/mese/mesi: month
ano/anos/anual/anuales/rok/roku/roce/roky/rocne/rocni/jahr/jahre/jahren/jahrlich/annee: year annual
annees/anno/anni/annuel/annuale: year annual
mitad/metade/polovin*/halfte/moitie/halbiert: half
doble/dobro/dvojnasob*/doppelt/doppio: double twice
mediana/medianu/median/mediane: median
promedio/prumer*/durchschnitt*/moyenne: average
mas/mais/vic/mehr/piu: more
menos/mene/weniger/moins/meno: less fewer
vsechn*/alle/tous/toute/toutes/tutti/tutto: all every
cada/kazdy/kazde/kazdou/jeder/jede/jedes/chaque/ogni: every each
primero/primera/primeiro/primeira/prvni/zuerst/erste/ersten/primo: first
ultimo/ultima/posledni/letzte/letzten/dernier/derniere: last
siguiente/proximo/proxima/pristi/nachste/nachsten/prochain/prochaine/prossimo/prossima: next
antes/vorher/avant: before
despues/depois/pak/potom/nachher/danach/apres/dopo: after
ahora/agora/hoje/hoy/nyni/jetzt/heute/maintenant/aujourd/adesso/oggi: now today
noche/noite/nocni/nacht/nachts/nuit/notte: night nightly
nuevo/nueva/nuevos/nuevas/novo/novos/novy/nove/noveho/neu/neue/neuen/neuer/nouveau/nouvelle: new
nuovo/nuova: new
viejo/vieja/viejos/velho/velha/stary/stara/stareho/alte/alten/ancien/ancienne/vecchio/vecchia: old

# change
reducir/redujeron/reducido/reducida/reducen/reduzir/reduziram/reduzido/reduzida/snizi*: reduce cut
snizen*/snizil*/reduzier*/reduire/reduit/reduite/ridurre/ridotto: reduce cut
bajar/bajo/bajaron/cair/caiu/caem/klesl*/klesa/gesunken/sank/sinkt/baisse/calato: drop fall
aumentar/aumento/aumentaron/aumentou/zvysi*/zvysen*/erhoh*/gestiegen/stieg: increase rise grow
augment*/aumentat*: increase rise grow
crecer/crecio/crecimiento/crescer/cresceu/crescimento/wachst*/wachsen/gewachsen: grow growth
croissance/crescita: grow growth
cortar/cortou/cortaron/zkratil*/zkrati*/verkurz*/gekurzt: cut shorten
mejor*/melhor*/zlepsi*/verbesser*/ameliore*/miglior*: improve better
cambio*/mudanc*/zmena/zmeny/zmenu/anderung*/veranderung*/changement*/cambiament*: change
migrar/migraron/migraram/migrace/migrovali/migriert/migration*/migrazione: migrate migration

# building software
construir/construyeron/construido/construiram/postavil*/postavit/postaven*/gebaut/bauen: build built
baute/construit*/costruit*: build built
comprar/compraron/compraram/comprado/kupovat/kupovali/koupit/koupili/kaufen/gekauft: buy purchase
kauft/acheter/achete/acquistare: buy purchase
propio/propia/propios/proprio/propria/vlastni/eigene/eigenen/eigener/eigenbau/propre: own in-house
pequeno/pequena/pequenos/pequenas/maly/malou/maleho/malych/kleine/kleinen/kleiner: small
petite/piccolo/piccola: small
grande/grandes/velky/velka/velke/velkou/grosse/grossen/grosser/grands: large big
rapido/rapida/rapidos/rychl*/schnell*/vite/veloce: fast quick
lento/lenta/lentos/lentas/pomal*/langsam*/lente: slow
velocidad*/velocidade*/rychlost*/geschwindigkeit*/vitesse*/velocita: speed
latencia/latence/latenz/latenza/zpozdeni/verzogerung*/retraso/atraso/ritardo: latency delay
ejecutar/ejecuta/ejecutan/ejecuto/ejecucion/executar/executa/execucao/spoust*/spusten*: run execute
ausfuhr*/lauft/laufen/executer/eseguire/esecuzione: run execute
correr/corren/corre/corria/bezi/bezet/bezely: run
produccion/producao/produkc*/produktion*/produzione: production
prueba/pruebas/teste/testes/testovan*/testovaci/testen/getestet: test
inestable*/instavel/instaveis/nestabil*/instabil*/instable*: flaky unstable
cuarentena/quarentena/karanten*/quarantane/quarantaine/quarantena: quarantine
fallo/fallos/falla/fallas/falha/falhas/falhou/selhan*/selhal*/fehlschlag*: failure fail
fehlgeschlagen/echec/echecs/fallimento: failure fail
error/errores/erro/erros/chyba/chyby/chyb/fehler/erreur/erreurs/errore/errori: error bug
automatic*/automatico/automatica/automaticamente/automaticky/automaticke: automatic automatically
automatisch*/automatique*/automatiquement: automatic automatically
dividir/dividido/divididos/divididas/dividieron/rozdel*/aufgeteilt/aufteil*/diviser: split divide
divise/diviso: split divide
paralel*/parallel*: parallel
remoto/remota/remotos/remotas/vzdalen*/entfernt*/distante: remote
cache/caches/mezipamet*/zwischenspeicher*: cache
imagen/imagenes/imagem/imagens/obraz/obrazy/obrazu/abbild*/immagine/immagini: image
archivo/archivos/arquivo/arquivos/soubor*/datei/dateien/fichier*: file
definicion*/definicao/definicoes/definice/definic*/definition*/definizion*: definition
version/versiones/versao/versoes/verze/verzi/verzich/versionen/versione: version
servicio/servicios/servico/servicos/sluzb*/dienst/dienste/diensten/servizio/servizi: service
datos/dados/daty/datech/daten/donnees/dati: data
calcular/calculado/calculo/calcularon/calcularam/spocit*/vypocit*/vypocet/pocitat: compute calculate
pocita/pocital*/berechn*/rechnen/gerechnet/calcolare/calcolo: compute calculate
entrenamiento*/treinamento*/trenink*/trainier*/entrainement*/addestrament*: training train
trainingsdaten: training data
calidad/qualidade/kvalit*/qualitat/qualite/qualita: quality
datenqualitat: data quality
comprobar/verificar/verifica/verificam/overov*/kontrol*/prufen/pruft/gepruft/prufung: check verify
controle*: check verify
escribir/escribe/escrever/escreve/zapis*/schreib*/geschrieben/ecrire/ecrit/scrivere: write
revisao/revisar/revisam/recenz*/uberpruf*/relecture: review
medir/medimos/midieron/medicion/mediciones/medicao/mereni/meri/messen/gemessen/messung: measure
mesurer/mesure/misurare/misura: measure
painel/tablero/prehled*/uberblick: dashboard panel
paso/pasos/passo/passos/krok/kroky/kroku/schritt*/etape/etapes: step
leccion/lecciones/licao/licoes/lekce/lektion/lektionen/lecon/lecons/lezione: lesson
consejo/consejos/conselho/conselhos/rada/radu/ratschlag*/tipp/tipps/conseil/conseils: advice tip
consiglio: advice tip
recomend*/recomendac*/doporuc*/empfehl*/recommand*/raccomand*: recommend recommendation
empezar/empieza/empezaron/comenzar/comenzo/comecar/comecou/comeca/zacit/zacat*/zacin*: start begin
nezacin*/beginnen/begann/anfangen/commencer/iniziare: start begin
esperar/esperando/esperava/esperaba/esperan/cekat/cekani/cekaji/cekali/warten/wartet/wartezeit: wait
attendre/attente/aspettare: wait
perder/perdido/perdida/perdidos/perdidas/ztracen*/ztrati*/verloren/verlust*/perdu/perdus: lost lose
perdue/persa: lost lose
ahorr*/economizar/economizou/usetri*/uspor*/sparen/gespart/ersparnis/economis*: save saving
risparmi*: save saving
coste/costes/costo/costos/custo/custos/naklad*/kosten/kostet/cout/couts/coute: cost
precio/precios/preco/precos/cena/ceny/cenu/preis/preise/prix/prezzo: price cost
oferta/ofertas/nabid*/angebot*/offre/offerta: offer quote
roto/rompio/rompieron/quebrou/quebrado/rozbil*/rozbit*/kaputt*/casse/cassato: broke broken
caida/queda/vypadek/vypadku/ausfall*/panne/interruzione: outage
diferencia*/diferenc*/rozdil*/unterschied*/differenz*: difference mismatch
problema/problemas/problemy/probleme/problemen: problem issue
pregunta/preguntas/pergunta/perguntas/otazk*/frage/fragen/domanda/domande: question
diapositiva*/slajd*/folie/folien/diapo/diapos: slide slides
seguridad/seguranca/bezpecnost*/sicherheit*/securite/sicurezza: security
rendimiento/desempenho/vykon*/leistung*: performance
copia/copias/kopie/zaloh*/sicherung*/sauvegarde*: backup copy
escala/escalar/skalovan*/skalier*/echelle: scale
recurso/recursos/zdroj*/ressource*/risorse: resource
sufijo/sufixo/pripon*/suffixe/suffisso: suffix
consulta/consultas/dotaz*/abfrage*/requete*/interrogazion*: query
almacen*/armazen*/uloziste/ulozist*/speicher*/stockage: storage store
modelo/modelos/modell*/modele/modeles/modello/modelli: model
"""

# A stem shorter than this matches whole words only: short stems start too many others.
MIN_STEM = 3


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Whole forms and stems (``*``), each with its English concepts."""
    whole: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    for line in WORDS.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms, _, english = line.partition(":")
        concepts = {f"c:{stem_word(w)}" for w in english.split() if w not in ENGLISH_STOP}
        for form in forms.split("/"):
            form = form.strip()
            if form.endswith("*") and len(form) > MIN_STEM:
                stems.setdefault(form[:-1], set()).update(concepts)
            elif form:
                whole.setdefault(form, set()).update(concepts)
    return (
        {form: tuple(sorted(c)) for form, c in whole.items()},
        {stem: tuple(sorted(c)) for stem, c in stems.items()},
    )


@lru_cache(maxsize=1)
def _stem_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(stem) for stem in _tables()[1]}, reverse=True))


def concepts(word: str) -> tuple[str, ...]:
    """The English concepts of one unaccented lower-case word, or (): the whole form when
    it is listed, else its longest listed stem."""
    whole, stems = _tables()
    found = whole.get(word)
    if found is not None:
        return found
    for length in _stem_lengths():
        if length < len(word) + 1:
            found = stems.get(word[:length])
            if found is not None:
                return found
    return ()
