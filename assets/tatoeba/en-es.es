Cien años se llama un siglo.
5.000 yuanes es mucho dinero.
De las víctimas, ocho son mayores de edad y dos son menores.
¡95 años! ¡Dios salve a la Reina!
Un bebé fue rescatado vivo de los escombros del edificio desplomado.
Una banda dirigió la marcha por la ciudad.
Una alubia puede responder todas las preguntas.
Un cinturón ayuda a que no se te bajen los pantalones.
Un mundo mejor para las mujeres es un mundo mejor para todos.
Un mundo mejor para las mujeres es un mundo mejor para todos.
Cumple tu promesa.
Una batidora te permite mezclar comidas diferentes.
Es necesaria una transfusión de sangre.
Abole el sistema carcelario.
Un libro cayó de la estantería.
Una botella de agua, por favor.
Alrededor de siete de cada diez estrellas de nuestra Vía Láctea son las llamadas enanas rojas.
Sobre todo, ten cuidado con lo que comes y bebes.
Entraron un niño y una niña. Hablé con el niño, que parecía ser mayor que la niña.
Una banda de bronces está marchando por la calle.
Un reloj roto da bien la hora dos veces al día.
Un reloj roto tiene razón dos veces al día.
La protección absoluta de la vida privada en Facebook es una ilusión, no existe en realidad.
Un botón se me salió de la camisa.
Un grillo enjaulado come tanto como un grillo libre.
Una tarta estaba congelada.
Un gato duerme sobre una silla.
Según Rafael Leitão, es muy difícil para un ajedrecista profesional conseguir patrocinio en Brasil, porque el ajedrez no es popular en nuestro país.
Según dice la guía, este es el mejor restaurante que hay por aquí.
De acuerdo con el pronóstico del tiempo, habrá más lluvia.
Un cambio es tan bueno como un descanso.
El corazón alegre es buena medicina, pero el espíritu quebrantado seca los huecos.
Alcanzar el título de Gran Maestro en ajedrez es comparable a recibir un cinturón negro en judo.
Entre las edades de 13 y 16 un niño se desarrolla rápidamente.
Un niño de ahora no haría eso.
Un niño que es hablante nativo normalmente sabe muchas cosas acerca de su lengua que un hablante no nativo que lo haya estado estudiando durante muchos años no sabe todavía y que quizá no sabrá nunca.
Un término coloquial para una prótesis ocular es "ojo de cristal".
Un globo de colores flota en el cielo.
En el alfabeto, la "A" viene antes que la "B".
Se ha formado un comité para investigar el problema.
Parece improbable que se produzca un compromiso en el futuro próximo.
Ahora un computador es una absoluta necesidad.
Enfrente hay una casa blanca.
Actúen muy drásticamente y comenzarán una guerra.
La verdad es que no tengo intenciones de detenerme en este momento.
En realidad, soy un furro.
De hecho, es muy fácil de aprender.
Agregala.
Añade oraciones nuevas.
Añade la zanahoria rallada al relleno.
Sume usted esta columna de cifras.
Un diccionario define palabras.
Ayer se realizó un discreto homenaje a las víctimas del accidente.
Un perro me siguió a casa.
Adopta mis frases no nativas para mejorarlas.
Adoptá mis frases no nativas para mejorarlas.
Adopte mis frases no nativas para mejorarlas.
Las tablas son el resultado más frecuente de los partidos cerrados, en los que cada jugador busca, sobre todo, restringir las acciones del oponente.
Un empate es el resultado más frecuente de los partidos cerrados, en los que cada jugador busca, sobre todo, restringir las acciones del oponente.
Un conductor ebrio fue responsable del accidente.
Una capa de nieve fresca cubría la calle.
Un amigo en la necesidad es un amigo de verdad.
Un amigo es difícil de encontrar, pero fácil de perder.
Tras una duchita fría, me tendí en el sofá.
Tras un largo día de trabajo, no hay nada mejor que un baño caliente.
Después de escuchar la triste noticia, Tom rompió a llorar.
Después de la muerte de su marido, sacó adelante a los dos niños ella sola.
Tras su muerte, se hizo famoso.
Después de escuchar una canción en árabe durante veinte segundos esta vez (ya que si la hubiera escuchado durante diez segundos ésta sería una oración duplicada), finalmente Dima oyó una voz familiar decir "¡as-salamu alaykum!".
Después de que Platón definiera al humano como "bípedo implume", Diógenes desplumó un pollo y lo llevó a la Academía. "Mirad", dijo, "¡un humano!"
Tras tantas citas, por fin se besaron.
Después del accidente le prohibieron conducir.
Después de que el espantapájaros empezara a gritar y moverse, espantando a todos los pájaros del jardín y dando a Martín un susto de muerte, se giró, guiñó al niño y le dijo "no te preocupes, siempre podrás contar conmigo, esas malditas aves no se comerán tus plantas".
Después de que Tom plantara a Mary, ésta comenzó a verse con John.
Después de ganar a la lotería, ella se dio un atracón de compras.
Una banda de ladrones actúa por esta región.
Su fuerza disminuía con la edad.
La edad no es barrera para el amor.
Un caballero lo intentó contactar durante su ausencia, señor.
Al volante se sentaba una chica.
Un GM no juega buscando combinaciones, sino con el fin de crear las condiciones para que aparezcan.
Un buen entrenador es como un padre para sus jugadores.
Un buen profesor debe ser paciente con sus pupilos.
Nació un gran artista.
Se espera una gran catástrofe.
Ha muerto un gran hombre.
Un consuelo celestial, no sé cómo, se apodera de mí.
Un helicóptero aterrizó en el claro.
Un hexágono tiene seis lados.
Un alto grado de especialización es requerido en esta compañía.
Un burdégano es un cruce entre un caballo macho y una burra.
¡Oh, querida niña! Me encantaría verte convertirte en la esposa de un buen granjero y ser una de nuestras vecinas.
Un caballo entra en un bar. El camarero pregunta: "¿A qué viene esa cara larga?"
¿Un hospital, por favor?
Una enorme multitud esperaba.
Un ser humano es parte de un todo, llamado por nosotros Universo, una parte limitada en el tiempo y el espacio. Se experimenta a sí mismo, sus pensamientos y sentimientos como algo separado del resto, una especie de ilusión óptica de su conciencia. Esta ilusión es una especie de prisión para nosotros, que nos restringe a nuestros deseos personales y al afecto hacia unas pocas personas de las más cercanas a nosotros. Nuestra tarea debe ser liberarnos de esta prisión ensanchando nuestro círculo de compasión para abrazar a todas las criaturas vivas y a toda la naturaleza en su belleza.
El aire es una mezcla de varios gases.
El aire está constituido principalmente de oxígeno y nitrógeno.
Los dirigibles son un tópico habitual en las obras steampunk.
Un gran número de ingleses vive en Francia.
Una alondra está cantando.
La madre de Alex cayó en coma no mucho antes de la caída del Muro de Berlín.
Alex parecía aprender sustantivos tales como "papel", "llave" y "corcho", y colores tales como "rojo", "verde" y "amarillo".
Argelia cambió en 1999 gracias a Bouteflika.
Argelia no ofrece el derecho de retorno a los judíos argelinos.
Argelia no tiene una buena economía.
Argelia tiene una enorme reserva de petróleo.
Argelia tiene un sector privado.
Argelia tiene una economía terrible.
Argelia tiene una economía única.
Argelia ha destinado fondos para la construcción de la carretera Transahariana.
Argelia tiene muy buenas carreteras.
Argelia es el país más grande de África.
Argelia es una nación única.
Argelia es una nación militar muy poderosa en la región.
Argelia está cambiando.
Argelia es para los argelinos, no para los activistas separatistas nacidos y criados en Francia y Canadá.
Argelia está perdiendo enormes cantidades de dinero.
Argelia es más estable que Egipto.
Argelia es mi país.
Argelia no es como Venezuela.
Argelia no está limitada por con quién puede comerciar internacionalmente.
Argelia no es más rica que España.
Argelia es el tipo de país con el que otras naciones temen comprometerse.
Argelia está tratando de promover el crecimiento de las industrias de servicios.
Los argelinos no tienen una opción mejor.
Los argelinos no tienen otra opción.
A los argelinos les gusta comer cuscús.
Los argelinos hacen cuscús.
Los argelinos suelen comer cuscús los viernes.
Los argelinos quieren mejorar su estándar de vida.
Argelia redistribuye la riqueza a sus pobres.
La capacidad productiva de petróleo de Argelia está limitada.
Argelia era un país que representaba los sueños de millones de personas.
Alice ha estado resfriada desde el domingo pasado.
Alice está corriendo para coger el autobús.
Un ligre es un cruce entre un león y una tigresa.
Alí es agnóstico.
Alí es anarcocapitalista.
Álif es la primera letra del alfabeto árabe.
Alí canta en salones de boda.
A todos los animales les gustan sus nidos.
De repente escuchamos un disparo afuera.
Todos los libros se pueden dividir en dos clases.
De noche todos los gatos son pardos.
Todos los colores acordarán en la oscuridad.
Todos los perros son buenos perros.
Todos los cuatro muchachos no tenían coartadas.
Todas las chicas llevarán vestidos cabilios.
Todas sus joyas estaban dispuestas sobre el suelo.
Todos sus esfuerzos fueron en vano.
Todo lo que podemos hacer en este momento es rezar por ellos.
Todos los inmigrantes deben aprobar un examen de ruso.
Solo me falta la careta para que mi disfraz esté completo.
Todo lo que necesito saber es que estás bien.
Todo lo que quiero es una lavadora.
Todos los mamíferos son cinodontes.
Todos los mamíferos tienen siete vértebras cervicales.
Desde que estoy aquí, se me ha ensuciado toda la ropa.
Todo mi esfuerzo fue en vano.
Todas mis amigas tienen novias.
Todos mis amigos tienen novias.
De repente, la puerta se abrió y un hombre entró en la habitación.
Todas las flores se han caído de los cerezos.
Todos ellos son de Islandia.
Todos estos factores son importantes.
Todas las hojas del árbol se pusieron amarillas.
Todos nosotros tenemos algún interés en la historia. En cierto sentido, somos todos historiadores.
Todos nuestros esfuerzos terminaron en fracaso.
Todos nuestros esfuerzos fueron en vano.
Permítame que me presente.
Todos los hombres son buenos en el fondo de su corazón.
- De acuerdo -dijo el hombre-, no me creo esto, pero no hay nada de malo en desear. Deseo saber quién soy.
Todos los bebés lloran.
Todos los delegados sabían que debían debatirlo.
Todo el hielo se fundió en solo un día.
Todos los recuerdos se esfumaron.
Todos los pasajeros se marearon durante la tormenta.
De todas formas, aún necesitamos una explicación científica de cómo exactamente los procesos cerebrales causan dolores.
Todas esas cosas son distantas hoy a como eran antes, cuando yo era más joven.
Todos esos huesos y cosas flotando hacia el barco.
Todos los tostadores tuestan pan.
No todos los que deambulan están perdidos.
Lo único que puedes hacer es esperar.
Lo único que tienes que hacer es dar tu mejor esfuerzo.
Lo único que tienes que hacer es trabajar más duro.
Todo lo que tienes que hacer es escribir aquí tu nombre y dirección.
Una rebanada de pan cuesta 10 dinares argelinos en Argelia.
Se bebe mucho café en Finlandia.
Muchos fineses saben alemán.
Mucha gente te va a decir que no debiste haber hecho eso.
Mucha gente fue allí.
Ocurrieron muchas cosas esa noche.
A pesar de que tenía menos apoyo de la clase dominante, pudo ganar el voto popular.
Aunque él lo dice, ella lo hará.
Aunque hoy en día Irán es conocido por ser un bastión shiíta, la mayoría de los persas eran musulmanes sunna hasta el siglo XV.
Aunque Tom vive cerca, raramente lo veo.
Perdone siempre a sus enemigos. Nada los irrita más.
Siempre trate de colocar sus piezas en los cuadrados donde puedan ser más efectivas.
Una mayoría de los estudiantes odian historia.
Un helado de mango, por favor.
Un hombre de pie en el acantilado estaba a punto de suicidarse saltando al vacío.
El valor de un hombre no tiene nada que ver con su apariencia.
Las frases ambiguas por lo general dan lugar a divertidas interpretaciones.
Un megáfono no es megafauna.
Los Estados Unidos son una tierra de inmigrantes.
América es falsa.
Los estadounidenses admiran a Lincoln por su honestidad.
Los EE.UU. fue un error.
América fue descubierta por Colón en 1492.
El amárico es un idioma semítico.
¿Soy un gato?
¿Me están deteniendo?
¿Me estoy riendo?
¿Soy normal?
¿Voy por el camino correcto?
¿Voy bien por aquí?
¿De verdad estoy enferma?
¿Soy romántico?
¿Todavía estoy casado?
¿Estoy hablando demasiado rápido?
¿Soy el único que piensa que Tom a veces parece una niña?
¿Estoy escribiendo en japonés?
Entre millones de ajedrecistas de todo el mundo, poco más de 1500 ostentan actualmente el título de Gran Maestro.
Se erigió un monumento en memoria de los difuntos.
Se erigió un monumento en memoria de los fallecidos.
Una mula es un cruce entre un burro y una yegua.
Un nativo ha corregido mis errores.
El intento de cometer un delito se considera tentativa de delito, la cual, por sí misma, puede ser castigada.
A las personas de la antigüedad les gustaba contar historia de valentía.
Y de hecho, este proyecto nos necesita a todos.
Y por cierto, ¿cuántos años tiene usted?
¿Y tu hijo conduce?
Y la historia cambió para siempre.
Y si supiera que mañana se acaba el mundo plantaría hoy un manzano.
Y eso se refleja en todo: la manera de como está decorado mi habitación, la música que escucho, y la ropa que me pongo.
No nos dejes caer en la tentación, y líbranos del mal.
¿Y así es correcto?
¿Y nadie te ayudó?
¿Y nadie te ayudó?
Y ahora, ¿qué voy a hacer?
André Danican Philidor solía jugar tres partidos simultáneamente, dos a ciegas y uno mirando al tablero. Diderot y D'Alembert lo citaron en la Enciclopedia como "una de las manifestaciones más fenomenales de la mente humana".
Y pasó lo mismo los ocho días siguientes.
Y para todos aquellos que nos ven desde más allá de nuestras costas, desde parlamentos y palacios, para los que están acurrucados alrededor una radio en zonas olvidadas del mundo, nuestras historias son singulares, pero nuestro destino está unido, y un nuevo amanecer del liderazgo americano se acerca.
Y a aquellos estadounidenses cuyo apoyo todavía no he ganado, puede que no haya ganado vuestro voto esta noche, pero oigo vuestras voces.
Y, bueno, dado que mi meta era alcanzar los 800 seguidores, ellos me ayudaban a acercarme a esa cifra.
¿Y qué te importa?
¿Y por qué este no es un tópico interesante?
¿Y?
¿Y tú eres...?
¿Y tú le crees? ¡No seas bruta, chica!
Y vos, ¿cómo estás?
Y tú, ¿qué tal estás?
Un huevo es una célula.
Una corriente eléctrica puede generar un campo magnético.
Una guitarra eléctrica no suena igual a una acústica.
Una obra neutral es una obra de un hombre cobarde.
Salió un tema nuevo en la conversación.
Se me ha metido una pestaña en el ojo y me está fastidiando.
Angela no es un ángel.
Angela Merkel nació en Alemania del Este.
¡Los animales no son juguetes!
Un individuo es la unidad más pequeña de la sociedad.
Invertir en conocimientos produce siempre los mejores beneficios.
Anna juega bien al tenis.
Anne me dijo que mi cabello está demasiado largo.
Anne era un objetivo excelente para las burlas porque siempre se tomaba las cosas muy en serio.
Un ocularista es una persona que hace prótesis oculares.
Un oculista no hace prótesis oculares; eso es un ocularista.
Un hombre anciano se acercó y estrechó la mano de Lincoln.
Un oftalmólogo no se ocupa de las personas embarazadas; eso es un obstetra.
Otro mundo es posible.
Coge el teléfono.
Responda la pregunta.
Antonio Berni fue un reconocido muralista argentino.
Varias aerolíneas, incluyendo Air France, Lufthansa y Singapore Airlines han dicho que no volarían a través del espacio aéreo bielorruso.
Cualquier cantidad de dinero será bienvenida.
Cualquiera puede leerlo.
Quien quiera puede inscribirse.
¿De casualidad sabes dónde dejé mis llaves?
Cualquier revista servirá.
Cualquiera puede apreciar que tu interés es auténtico.
¿Alguien está en casa?
Cualquiera que haya jugado al ajedrez un par de veces entiende cómo puede ser extremadamente fascinante.
Cualquier partido político es conservador en sí mismo.
Cualquier tecnología suficientemente avanzada es indistinguible de la magia.
¿Nada más que añadir?
Como sea, en tanto sea un hombre, cualquiera debería servir. Es triste que tú no tengas un novio aún.
Cualquier número entero puede ser escrito como una fracción.
Aoi baila bien.
Una parte de mí siempre te amará.
Una parte de mí siempre te querrá.
Un pasaporte es algo sin lo que no se puede ir a otro país.
No existe un camino hacia la felicidad. La felicidad es el camino.
Un avión surgió de quién sabe dónde.
Un avión surgió de la nada.
Se dice que un jugador está en zugzwang cuando, si es su turno de jugar, cualquier movimiento que haga conducirá inevitablemente a la pérdida del juego.
Un pluot es un cruce entre una ciruela japonesa y un albaricoque.
Un coche de policía ha parado en un lado de la carretera.
Señor, unas disculpas no van a curar cientos de quemaduras de segundo grado.
Una poderosa corriente descendente causó que el avión cayera en picado.
Al parecer, el plan ahora está a la espera.
Las apariencias engañan.
Aproximadamente siete de cada diez estrellas de la Vía Láctea son las llamadas enanas rojas.
Promesas son promesas.
Una promesa no es suficiente.
Un conejo corretea por el jardín.
El arcoíris es un fenómeno natural.
Una rata cruzó la ruta.
¿Será que los genéricos son tan eficaces como los remedios de marca?
¿El koala es un oso?
¿Me engañan mis ojos o está nevando en pleno verano?
¿No se supone que debemos estar agarrados de la mano?
¿No se supone que debemos tomarnos las manos?
¿No estás contenta de ser rica?
¿No tienes calor con toda esa ropa puesta?
¿No tienes hambre?
¿Hay verbos irregulares en esperanto?
¿Hay alguna lengua sin vocales?
¿Hay cartas para mi en el correo de hoy?
¿Hay algún cine cerca de aquí?
¿Hay terremotos en Marte?
"¿Hay muchos dioses?" "Depende de tus creencias".
¿Hay muchos árboles en el parque?
¿Son velas estas?
¿Están abiertas las ventanas?
¿Están lejos?
¿Ellos hablan francés?
¿Se están ocupando bien de ti?
¿Tom y Mary son realmente amigos?
¿Vamos a mi casa después de la fiesta?
¿Eres un hablante nativo de francés?
¿Eres idiota o qué?
¿Eres un robot?
¿Estás dormido?
¿Eres traductor?
¿La próxima semana estarás disponible para una cita?
¿Estás consciente de que no le gustas a Tom?
¿Estás siendo serio en este momento?
¿Está dando de mamar a su hijo?
¿Están solas?
¿Me estás llamando extremista?
¿Estás segura de esto?
¿Es usted chino, señor?
¿Eres choctaw?
¿Estás conectado a internet?
¡No seas boludo!
¿Estás haciendo lo que creo que estás haciendo?
¿Sois inglesas?
¿Me estás zorreando?
¿Estás libre el miércoles?
¿Estás libre esta tarde?
¿Eres de aquí?
¿Tú eres de España?
¿Vosotros sois de España?
¿Eres idiota?
¿Eres alemán?
¿Te vas a Australia de vacaciones?
¿Vas a comprarte el coche?
¿Vas a elegir tú o lo hago yo?
¿Vais a ir a cortaros el pelo hoy?
¿Me vas a dar la llave?
¿Me vas a invitar a tu fiesta?
«¿Vas a cortar el césped hoy, Tom?» «¿No puedo hacerlo mañana? Es que hoy no me apetece.»
¿Vas a dejar tu trabajo?
¿Vas mañana a la escuela?
¿Vas a visitar a tus padres?
¿Eres bueno al tenis?
¿Lo sentís?
¿Lo sienten?
¿Ahora eres feliz?
¿Estás teniendo pesadillas otra vez?
¿Estás aquí solo?
"¿Tienes prisa?" "No mucho."
¿Está en Boston?
¿Estáis en París?
¿Estás en la ciudad o no?
¿Estás ocultándome algo?
¿Es usted intolerante a la lactosa?
¿Estás ingresado?
¿Estáis mirando?
¿Estás buscando algo?
¿Me estás armando una escena?
¿Estás casado?
¿Sos mi madre?
¿Usted es mi madre?
¿Nunca estarás contenta?
¿Nunca estarás contento?
"¿Estás bien?" "No."
"¿Estás bien?" "Sí."
¿Tienes predisposición a la obesidad?
¿Estáis orgullosas de vuestro padre?
¿Tienes los tobillos hinchados cuando te levantas por la mañana?
¿Estás preparada para mañana?
¿Estás listo para hacer esto?
¿Estás contenta ahora?
¿Está satisfecho con la situación política en su país?
¿Estás diciendo que no querés ir?
¿Estás pensando seriamente en involucrarte?
¿Estás pensando seriamente en comprar ese cacharro?
¿Acaso estás pensando seriamente en el divorcio?
¿Eres sexualmente activo?
¿Tienes sueño?
¿Lo sentís?
¿Lo sientes?
¿Todavía estás enojado conmigo?
¿Sugiere que soy un cobarde?
¿Estás seguro de eso?
¿Estás seguro de que él va a poder hacerlo?
¿Estás seguro que nadie te vio?
¿Seguro que nadie te vio?
¿Estáis seguras de que ella habla portugués?
¿Estáis seguros de que ella habla portugués?
¿Estás seguro de que ella habla portugués?
¿Seguro que Tom es hablante nativo de francés?
¿Seguro que cerraste la puerta con llave?
¿Seguro que esto es lo que quieres?
¿Seguro que Tom es hablante nativo de francés?
¿Estás seguro de que no puedes venir conmigo?
¿Están seguras de que no quieren nada?
¿Estás seguro de que sabes a dónde vamos?
¿Estás seguro de que eres un hablante nativo de francés?
¿Estás seguro de que no conoces a Tom?
¿Estáis seguras de que queréis?
¿Estáis seguros de que queréis?
¿Estás segura de que quieres?
¿Estás seguro de que quieres?
¿Estás seguro de querer usar eso?
¿Estás diciendo la verdad?
¿Es usted el autor de este libro?
¿Eres tú el alcalde?
¿Eres tú quien dejó pasar al perro?
¿Eres tú la persona de la que hablaba Tom?
«¿Estás cansado?» «No, puedo seguir.»
¿Eres la esposa de Tom?
¿Estás tratando de distraerme?
¿Intentas hacerme enojar?
¿Está usted molesto?
¿Estás dispuesto a hacer lo que sea necesario para hacer tu sueño realidad?
¿Estás preocupado por algún problema importante aparte de tu situación actual?
Argleton es un pueblo en West Lancashire, Inglaterra, el cual existe sólo en los mapas de Google.
Discutir por Twitter no merece la pena.
A Ariel le gusta el arroz con leche.
A Ariel le gustan las paletas.
A Ariel le gustan las paletas.
A Ariel le gusta el arroz con leche.
Ariel piensa que el arroz con leche es un manjar de dioses.
El derecho a existir no existe.
El armenio es uno de los idiomas más difíciles de aprender.
Un robot debe obedecer las órdenes dadas por los seres humanos, excepto cuando tales órdenes entren en conflicto con la Primera Ley.
Una rosa huele bien.
La inteligencia artificial no puede vencer a la estupidez natural.
La maldición del artista es pasarse la vida siendo juzgado por gente con menos fantasía, gusto y corazón que él.
Una regla que funcione con un gran idioma global como el inglés puede que no funcione para un pequeño idioma minoritario.
De niño, se burlaban de mí llamándome "cuatro ojos".
De niño, se burlaban de mí por llevar gafas.
De niño pude dormir donde quise.
De niño pude dormir donde quise.
De hecho quedó convencido.
A decir verdad, no comí nada después de la mañana.
De hecho, el dueño de este restaurante es un amigo mío.
Para pasar el tiempo en sus largos viajes, una vez Cristóbal Colón hizo una oración con un número infinito de palabras.
Como alegoría de la guerra, el ajedrez es un juego de ataque y defensa.
Los precios se alzaron como resultado.
Irlanda e Inglaterra son separados por el mar.
Un segundo espejo está colgado junto a la puerta.
Una frase nunca puede tener demasiadas traducciones.
Una oración no es nunca inocente.
Por lo que yo sé, él nunca ha llegado a tiempo.
Hasta donde yo sé, él viene en auto.
Que yo sepa no tengo familia en Boston.
Que yo sepa no tengo familia en Boston.
Por lo que sé, ninguno de los amigos de Tom es canadiense.
Por lo que sé, Tom es fiable.
Por lo que sé, Tom no estuvo aquí ayer.
Para todo lo que concierne a restaurantes, comedores, cafeterías y cosas por el estilo, "retroalimentación" puede ser la palabra equivocada.
Al entrar a la casa, dos cosas le llamaron la atención.
A medida que él hablaba, se ponía cada vez más entusiasmado.
Como estoy ocupado, no puedo ir.
A medida que crecí, me di cuenta que un reloj de $300 y uno de $3.000.000 muestran la misma hora.
Un original escrito con sencillez y claridad hace felices a los traductores.
Pregúntenle a cualquiera.
Pídele a Tom que venga mañana.
Una alondra está cantando.
Pídele ayuda a tu padre.
Mientras tengas a alguien a quien amar desde el corazón, tienes una fuerza alentadora y puedes encarar al mundo entero.
Un niño pequeño necesita a alguien a quien poder admirar.
Un pequeño fuego en un bosque puede propagarse con facilidad y rápidamente convertirse en un gran incendio.
A partir de ahora podré dormir tranquilamente.
A medida que uno envejece, el sueño se vuelve más liviano.
Una esponja absorbe el agua.
Déjala tranquila ya que está muy triste por la muerte de su gato.
Tan pronto como pueda costearme comprar una casa, lo haré.
En cuanto entré a clase, los estudiantes empezaron a hacerme preguntas.
En cuanto recibí el cheque, me fui al banco.
Llámame en cuanto esté lista.
Apenas termina el trabajo, él se va derecho al bar.
Por extraño que parezca, él se encontró con alguien que dicen que está muerto.
Ha nacido una estrella.
Como amigo, le di mi opinión.
Una nieve de fresa, por favor.
Un helado de fresa, por favor.
Un céfiro veraniego agitó suavemente el cabello de la niña mientras hablaba.
Según íbamos bebiendo, nos fuimos abriendo el uno al otro.
También.
Cuando te despiertes, no estaré más aquí.
Ponte cómodo.
Al principio no sabía tocar guitarra.
Al principio no me agradaba.
Al principio no entendí qué decía.
La garrapata es un ácaro hematófago.
En su parte más estrecha, el estrecho de Gibraltar tiene 14,3 kilómetros de anchura.
La Atlántida se hundió en el mar.
Él al fin descubrió la verdad.
Por fin ha llegado mi turno.
Al fin el gobierno escucha al pueblo.
Por fin llegamos a California.
Por lo menos sé sincero.
Al menos ella no murió en vano.
Al menos no murió en vano.
Siquiera te saludó con la mano. A mí ni me miró.
Por lo menos sesenta personas perdieron la vida.
Procure usted al menos llegar a la hora.
Como máximo, costará diez pesos.
La energía atómica puede utilizarse para fines pacíficos.
Se reconoce a un árbol por sus frutos.
Un camión se atascó en el cruce ferroviario.
Un camión se atascó en el cruce ferroviario.
En Tatoeba hay un excelente maestro de Toki Pona llamado Tepan.
¡Atención! La nueva contraseña y su confirmación no coinciden. Por favor, confirme e intente nuevamente.
En aquel momento yo aún estaba despierto.
Por aquel entonces, Tom no era muy feliz.
En el teatro, Kathy intercambió asientos con su madre.
A veces puede resultar extremadamente doloroso.
En la Inmobiliaria Tom Jackson, le ayudaremos a encontrar la casa que se merece.
¿A qué edad se casan los japoneses?
¿A qué hora terminó el show?
La berenjena es el ingrediente principal de algunos platos vegetarianos con salsa de tomate.
Agosto es el octavo mes del año.
Augusto es mi hijo más amado.
Tía, éste es Tom.
Australia es gigante, ¿verdad?
El otoño ha llegado.
Avarua es la capital de las Islas Cook.
Vino a mi mente una brillante idea.
El aguacate es una fruta.
Le picó una avispa y tuvo una reacción alérgica.
¡Asombroso!
Un hombre mojado no le teme a la lluvia.
Un sabio dijo una vez: "si el esperanto es una lengua artificial, mi coche es un caballo artificial."
Una mujer cruzó un foso de castillo para rescatar a un viejo perro atrapado.
Una mujer no apareció mágicamente en el transbordador espacial. Requirió la dedicación implacable de Sally Ride y el coraje sin fin de Mae Jemison para hacer añicos ese techo de cristal.
Una mujer es tan vieja como se sienta.
El arma de la mujer es su lengua.
Una mujer que se contagió en abril se ha reinfectado 4 meses después.
¡A buen entendedor pocas palabras bastan!
Una llave es una herramienta habitual.
Axel es mi hermano.
"Azul" significa "hola" en bereber.
Los malos a veces apoyan cosas buenas por razones equivocadas.
El equilibrio no es siempre fácil.
Los banqueros controlan el mundo.
Colgaban estandartes de los muros del castillo.
En el francés abundan las referencias a los corrales.
Los murciélagos me asustan.
Los osos son animales solitarios.
La belleza en sí misma no es más que la imagen perceptible del infinito.
Ten cuidado de tu entorno.
Cuidado al cruzar la calle.
Tenga cuidado al interpretar las traducciones indirectas. Los géneros pueden haber cambiados.
No te vayas a quemar.
Ten cuidado no te quemes.
Ten cuidado de no dejar que el gato salga del bolso.
Ten cuidado de no tropezar con los cables.
Cuidado, hay un hueco en el piso.
Cuidado al salir.
Ten cuidado con tus sentimientos, que se vuelven pensamientos.
No pude ir porque mi madre estaba enferma.
Porque mi escalera vieja está rota.
Por culpa de ese virus, muchos elefantes perdieron la vida.
Debido al mal tiempo, mi profesor de piano me sugirió que vaya a casa temprano.
A raíz de estas autorreflexiones, también me he dado cuenta de que mis gustos han cambiado con el paso del tiempo.
Debido a tus síntomas, debes estar médicamente aislado de forma temporal.
Ternera, por favor.
La cerveza no es tan perjudicial, al menos con moderación.
Las abejas nos dan miel.
Beethoven fue un gran músico.
Beethoven estaba sordo en sus últimos años.
Antes de ingerirla, cocine bien la carne.
Antes de la colonización europea de América, los italianos nunca habían comido tomates y los húngaros nunca habían comido pimentón.
Antes, solía nevar todos los días en invierno.
Antes del siglo XV era una creencia extendida que la Tierra estaba en el centro del universo.
Antes, los sacerdotes solían celebrar la misa en latín.
Sed buenas.
¡Sea feliz y sonría!
Detrás de la puerta, la riqueza lo esperaba.
¡Admirad qué bueno y qué agradable es para los hermanos vivir juntos en unidad!
¡He aquí qué bueno y qué agradable es que los hermanos habiten juntos en unidad!
Ser capaz de utilizar un ordenador es una ventaja.
Como extranjero, conoce Hungría mejor que muchos húngaros.
Ser feliz con las pequeñas cosas es un arte que pocos dominan.
Estar casado es estupendo.
Estar enfermo es perjudicial.
Ser hábil en hablar, es ser deliberado.
Sean gentiles.
Lo creas o no, Tom tiene 70 años.
Créeme.
Sean más modestos.
La bondad es abstracta, una buena acción es concreta.
Sé objetivo.
Sé paciente y persistente. Estas cosas toman tiempo.
Calla y come.
Quédate quieto un momento.
Cállate en la biblioteca.
Los bereberes son bastante poéticos.
¡Sé realista!
Berlusconi es un pedazo de mierda.
Las bayas se pueden congelar.
Sé serio.
Y aparte, está creciendo el desempleo.
Estate callado, o di algo que merezca la pena que oiga.
Asegúrate de venir a las 3.
Sé cazador o sé presa, pero no seas el perro que lleva al cazador a su presa.
Vendrán mejores días.
Más vale tarde que nunca.
Mejor déjalo.
Betty tiene una voz dulce.
Betty se acostó en la cama.
A Betty le gusta la música clásica.
Betty White es muy popular entre los americanos.
Entre 1999 y 2019, Argelia estuvo gobernada por un líder autoritario.
Entre nos, la bruja gorda y fea está a dieta.
Entre sollozos, esa niña perdida dijo su nombre.
Ten cuidado de no meterte en problemas.
Bilal es educado.
Bill me llamó ayer por la tarde.
Bill es dos años mayor que yo.
Bill trabaja como vendedor de autos.
Bill prendió la televisión.
Bill estaba en Japón.
La biografía da a la muerte un nuevo terror.
Las aves ponen huevos.
Los pájaros usualmente se levantan temprano por la mañana.
Experiencias amargas me han enseñado: la felicidad y la riqueza atraen a los envidiosos. ¡Qué lástima!
Nubes oscuras nos impiden ver.
Negras tormentas agitan los aires.
La blasfemia es un crimen sin víctima.
Pestañea una vez para decir "sí"; dos veces, para decir "no".
Las rubias no son taradas.
La sangre circula a través de vasos sanguíneos.
Bobby Fischer es el jugador de ajedrez más famoso de Estados Unidos.
Bob no existe.
Bob tiene demasiados libros que leer.
Bob, ayúdame llevar esta maleta a la sala de estar.
Bob es un completo lameculo.
Bob comenzó a construir su castillo en España cuando habló de heredar la riqueza de su padre.
El equilibrio del cuerpo humano es una función del cerebelo.
Pon agua a hervir, vamos a hacer té.
En mi escritorio se apilan libros y documentos.
Libros y la compañía uno del otro era todo lo que necesitábamos.
Los libros son mi realidad alternativa.
Los libros son el alimento del espíritu.
El amigo de Borja trabaja en una agencia de viajes.
Boston es un buen lugar para vivir.
Boston es una ciudad muy bonita.
Adonde quiero ir es a Boston.
Ambos perros duermen.
Ambos actos son abiertos al público.
Ambos libros son interesantes.
Los dos niños empezaron a llorar.
Ambos son impredecibles e impacientes.
Tanto Tom como yo somos miembros de ese club.
Tanto Tom como yo fuimos miembros de ese club.
Los dos estaban desnudos.
Bouteflika mantuvo el poder hasta el último minuto.
Las bandas de chicos fueron muy populares en esa época.
Los niños no son bienvenidos.
Los chicos sí lloran.
Los niños no juegan con muñecas.
Los frenos son para enderezar los dientes.
Se usan los frenos para enderezar los dientes.
La gente valiente siente miedo, pero eso no les detiene.
Brasil tenía un futbolista llamado Bauer, pero no era un peón, era un rey en el campo.
Pan y mantequilla es mi desayuno habitual.
Descomponlo.
Respire por la boca profundamente.
Brian compró un pintalabios para Kate.
Brian se fue al colegio con Kate.
Traigan todo su dinero.
Tráemelo.
Tráeme una toalla húmeda.
Saca a tus caballos antes de desarrollar los alfiles.
¡Traé pizza y cerveza!
Trae la escalera y colócala contra el manzano.
Científicos británicos han establecido que si uno pone de cabeza la bandera japonesa, da la bandera japonesa.
El brécol es una de las verduras más saludables.
Las plántulas de brócoli protegen contra el cáncer.
Cepíllense los dientes.
Quemad el cuerpo.
Bush piensa que fue enviado por Dios para establecer la justicia en la Tierra.
Pero pocos de esos valen la pena leerse.
Pero no puede danzar.
Pero no los puedo entender muy bien.
"¡Pero yo no hice nada!" "Él está mintiendo".
Pero en realidad no le saco provecho.
Pero yo tuve otra ventaja en eso.
¡Pero te quiero!
Pero te digo cosas que conozco muy bien.
¡Pero si siempre he tenido barba!
Pero no tenía miedo.
La mantequilla es blanda.
Pero el mismo principio debe aplicar a las percepciones musulmanas de Estados Unidos. Justo como los musulmanes no caben en un estereotipo crudo, Estados Unidos no es el crudo estereotipo de un imperio egoísta,
Pero el granjero le sonrió.
Pero las comadronas temían a Dios, y no hicieron lo que les había mandado el rey de Egipto, sino que dejaban con vida a los niños.
Pero entonces, ¿realmente quieres morir aquí?
¡Pero aguarda! Aún hay más.
Pero seguimos sin él.
¡Pero nunca me habías hablado de esto!
Bu Xiangzhi es uno de los Grandes Maestros chinos más talentosos.
¡Compra!
¡Comprá!
Cuando llegó la policía los ladrones ya se habían ido de la casa.
Para cuando encuentren el cadáver, yo ya estaré muy lejos.
Por cierto, tengo algo que decirte.
Por cierto, creo que eres muy lindo.
Por cierto, ¿cuál es su dirección?
César conectó el alargador a su ordenador para poder chatear desde la cama.
César no está sobre los gramáticos.
Llame a un doctor.
¡Pide un taxi!
Llámame Ishmael.
Llama al médico de inmediato.
Llame al médico para que confirme la cita.
Llama al imán y dile que rece por mí.
¡Llama a la policía!
Tranquilízate. Iré tan pronto como sea posible.
Los camellos pueden recorrer cientos de kilómetros durante varios días sin beber una gota de agua.
¿Puede existir una ilusión?
El cáncer puede ser curado si es descubierto a tiempo.
¿Pueden volar los elefantes?
¿Puedo comenzar?
¿Puedo llevarme prestado eso? Te lo devolveré mañana.
¿Puedo tomar esto prestado? Lo devolveré mañana.
¿Puedo traerle algo más?
¿Puedo medirle la tensión?
¿Puedo medir su azúcar en sangre?
¿Puedo medirle la temperatura?
¿Puedo ir a tu casa el próximo fin de semana?
¿Puedo yo hacer eso?
¿Se puede beber el agua de esta fuente?
¿Puedo encontrar aquí alguien que hable inglés?
¿Puedo ir a nadar después del mediodía?
¿Puedo ir al baño, por favor?
¿Me dan un poco?
¿Puedo tomar un poco más de leche?
¿Puedo coger este dedo?
¿Puedo ayudarte a estudiar para tu examen?
¿Te puedo ayudar a estudiar para tu examen?
¿Puedo quedarme con una de tus fotos?
¿Puedo ponerle esto en el brazo?
¿Puedo poner esto en su dedo?
¿Lo puedo decir en francés?
¿Puedo decirlo en francés?
¿Puedo ver tu recibo?
¿Se puede reparar?
¿Te puedo contar una historia?
¿Te puedo hacer la prueba de la COVID-19?
El cannabis es ahora legal en el estado de Nueva York.
¿Pueden usar los palestinos esta carretera?
¿Alguien puede abrir la puerta, por favor?
¿No se puede hacer nada?
¿Admite el precio rebaja?
El cantonés tiene de seis a nueve tonos.
¿No podemos despedir a Tom?
¿No puedes diferenciar entre fantasía y realidad?
¿Puedes hacer algo para ayudarme?
¿No podés encontrar lo que estás buscando?
¿No ves que al fin estoy feliz?
¿No ves que al fin estoy feliz?
¿No ves que Tom no está feliz?
¿No puedes esperar un poco?
¿Podemos hacer algo por ti?
¿Podemos vernos el veintiocho de febrero, hacia las tres?
¿Podemos irnos a casa ya, por favor?
¿Podemos intercambiarnos los asientos?
¿Podemos confiar en Tom?
¿Podemos apagar la TV?
¿Podemos trabajar en eso ahora?
¿Me puede añadir a la lista?
¿Puedes sumar estos números?
¿También puedes contar en italiano?
¿Puedes controlar a Tom?
¿Puede llamarme un taxi?
¿Puedes contribuir?
¿Puedes transmitir en inglés lo que quieres decir?
¿Puedes cocinar un omelet?
¿Puede borrar mi cuenta?
¿Puedes borrar mi cuenta?
¿Le importaría repartir esto?
¿Puedes describir tu dolor de estómago?
¿Puedes hacerlo más rápido?
¿Puedes hacerme un favor?
¿Me lo podría explicar?
¿Puedes encontrar el momento para jugar con nuestra hija?
¿Puedes enviármelo antes de que termine el día?
¿Puedes extraerme esta flecha de la pierna?
¿Puedes adivinar este acertijo?
¿Oyes el gato? Quiere entrar.
¿Puedes oírnos?
¿Me puede ayudar a encontrar a mis padres, por favor?
¿Pueden ayudarme, por favor?
¿Podrías ayudarnos adentro?
¿Me lo puedes sujetar un momento?
¿Puedes imaginar tu futuro con Tom?
¿Me puedes presentar a Tom?
¿Me puedes prestar quinientos yenes?
"¿Me prestas algo de dinero?" "Estoy sin blanca."
¿Puede levantar esta pierna?
¿Me dejas un boli?
¿Alcanzas a hacerlo?
¿Puedes discernir lo que está intentando decir?
¿Puede repararme estos zapatos?
¿Puede acercarse hacia mí?
¿Puede abrir esto?
¿Te puedes callar, por favor?
¿Puedes sacarme de aquí?
¿Cómo puedes soportar el ruido?
¿Puedes leer mapas?
¿Sabes leer mapas?
¿Te acuerdas de su nombre?
¿Recuerdas la primera vez que escuchaste a los Beatles?
¿Recuerdas la vez que visitamos a Tom cuando era todavía un adolescente?
¿Me puede arreglar mis zapatos?
¿Usted puede arreglar mis zapatos?
¿Puede repararme estos zapatos?
¿Puedes correr rápido?
¿Puedes ver la diferencia?
¿Puede ver esto?
¿Puedes enviarlo a Nueva York?
¿Me puedes enviar una captura de pantalla?
¿Puedes enviarme tu receta de pastel de carne?
¿Puedes chasquear los dedos?
¿Puedes resolver este acertijo?
¿Habla usted alemán?
¿Podéis hablar con más claridad?
¿Puedes hablar con más claridad?
¿Puedes subirte a la báscula, por favor?
¿Puedes quedarte hasta las dos y media?
¿Puedes parar de llamarme así?
¿Me puedes tomar una foto?
¿Puedes tomarme una foto?
¿Me puede llevar al aeropuerto por favor?
¿Me puedes enseñar inglés?
¿Puedes enseñarme portugués?
¿Me puedes enseñar algunas palabras en francés?
¿Me enseñas el camino hacia el banco?
¿Puede decirme qué está pasando?
¿Puede decirme dónde está en este momento?
¿Puede decirme por qué Tom está haciendo eso?
¿Me puedes decir por qué él te gusta?
¿Puede girarse hacia allá?
¿Podéis esperar hasta mañana?
¿Pueden esperar hasta mañana?
¿Puedes escribir con la mano izquierda?
El capitalismo es una estafa piramidal.
El Capitán Jackson está al mando del buque insignia.
¡Cuidado! La sopa está caliente.
Cuidado con el escalón, no vayas a tropezar.
Conducir con negligencia provoca accidentes.
Carlos Morel fue el primer pintor argentino.
Carlos esperó un momento.
Carmen ya ha aprendido a gatear.
Las máquinas de Carnot funcionan de acuerdo a ciclos de compresión y expansión.
Cartago debe ser destruida.
El hierro colado es una aleación de hierro y carbono.
Los gatos odian mojarse.
Los gatos duermen mucho.
Caty es lesbiana.
Atención, suelo mojado.
Ciertas cosas es mejor no decirlas.
El caos es lo normal en Yanni.
Cargar el coche eléctrico tarda mucho tiempo.
Cargar el coche eléctrico tarda mucho tiempo.
Carlos I de Inglaterra fue llevado a la guillotina.
Barato, ¿no?
Revísalo todo una vez más.
Revisa todo una vez más.
¡Échale un vistazo!
Jaque.
Comprueba el recorrido.
Comprueba tu buzón.
¡Ánimo! Todo va a estar bien pronto.
El queso y la mantequilla son productos lácteos.
El ajedrez puede hacer feliz a cualquiera que desee desentrañar sus misterios.
El ajedrez es un buen compañero de por vida.
El ajedrez es un instrumento de enseñanza y aprendizaje más antiguo que las pizarras, los libros impresos, la brújula y el telescopio.
El ajedrez es el juego más emocionante del mundo.
El ajedrez despierta el interés de niños y adultos de todo el mundo.
Las mujeres ideales son las ajedrecistas: pueden pasar horas en silencio, seguir bien las maniobras y conocer muchas posiciones interesantes.
Los ajedrecistas con una memoria prodigiosa realizan hazañas increíbles, como jugar a ciegas, al mismo tiempo, una gran cantidad de partidos.
El ajedrez encadena a su maestro, sometiendo su mente y su cerebro de tal manera que la libertad interior incluso del más fuerte sufrirá.
Mastica bien tu comida para que se pueda digerir bien.
¡Cobarde!
Los niños son el futuro.
Los niños son vulnerables.
A quien destruye la naturaleza no le gustan los niños.
Los niños encontraron regalos navideños escondidos debajo de la cama.
Los niños se cansan rápido.
Los niños mueren a menudo en la bañera.
Los niños corrieron por la habitación.
Los niños deben aprender desde pequeños a usar bien la cuchara.
Los niños van a crecer aún si los dejas solos.
China es el principal socio de importación de Argelia.
China es un mercado emergente.
Elige entre estos dos.
Escoge tu raqueta preferida.
Chris le compró un regalo a ella y sacó el valor para dárselo.
Nochebuena es el 24 de diciembre, el día anterior a Navidad.
Cristóbal Colón bebía agua de mar pura.
Cicerón fue un gran orador y un gran filósofo; por lo tanto, un gran poeta.
¡Aplaudan!
Clark Kent es el héroe de las historias de Supermán.
Las clases empiezan el lunes.
Las clases reanudarán tan pronto termine la charla, así que no se queden ahí.
Fregad las ollas y las sartenes.
Friega las ollas y las sartenes.
Limpia la pieza.
Lavate la boca antes de hablar de mí.
¡Lávate los dientes!
Está claro que le hago sentir incómoda.
Clive quiere hacerse ingeniero electrónico.
¡Cierra la puñetera puerta!
Cierra la puerta al salir.
Cierra la puerta cuando estés en el baño.
Cierre sus libros.
Cerrad los ojos.
Las nubes de humo impiden que los aviones despeguen.
Las cacatúas son loros.
El café y el chocolate van bien juntos.
¡El café te da energía!
El café puede tener un efecto adverso para el estómago.
Recojan tantas monedas como sea posible.
La colonización dejó muchas cicatrices en Argelia.
El descubrimiento de América de Colón fue accidental.
La combinación es una maniobra táctica, generalmente en una secuencia de dos o más movimientos, que un jugador realiza sacrificando material, a menudo de manera espectacular, para dar jaque mate al rey del oponente o ponerlo en una situación de desventaja irreparable.
Vuelve cuando quieras.
¡Vuelve aquí ahora mismo!
Vuelve a casa.
Vení.
Entre.
¡Pasa, por favor!
¡Pasá, por favor!
Ven a mi habitación.
Entra a la pieza después que yo.
Ven, miremos por la ventana.
Venga, levántate, vas a llegar tarde a la escuela.
Anda, no fue mi intención lastimarte.
Entre.
¡Vamos, subamos!
Ven, Rima. Vamos a bailar toda la puta noche.
Vamos, tócala.
Ánimo, que ya casi estamos allí.
Ven y echa una mano.
¡Ven conmigo!
Venga con nosotros.
La comunicación es buena.
Mi auto es chico comparado con el tuyo.
Compare los medios de comunicación unidireccionales como la radio o la televisión con los medios bidireccionales como la correspondencia o Internet.
Complete las oraciones. Use la forma correcta del verbo entre paréntesis. Use contracciones.
Los juegos de computadora son ejemplos de software multimedia porque combinan texto, imágenes, animación, video y sonido.
Las computadoras aprendieron a jugar al ajedrez hace muchos años, pero no siempre tuvieron la fuerza que tienen hoy.
Conchita decidió decirle la verdad a María.
Los conservadores están más obsesionados con los famosos que la mayoría de la gente. Cuando un famoso tiene una opinión, raramente nos enteramos antes de que los conservadores empiecen a quejarse de ella.
Considera la fuente.
Consulta a tu doctor.
Consulte a su farmacéutico.
Contáctame si tienes alguna pregunta.
Las contradicciones son parte de la realidad.
¡Contrólate!
Cookie desapareció sin dejar rastro.
Cookie se dio vuelta mientras dormía.
Cuece el arroz.
¡Qué padre!
Copenhague es la capital de Dinamarca.
Copia esto, por favor.
Los resultados de las empresas japonesas han mejorado.
Corrígeme si me equivoco.
Corregid las siguientes oraciones.
Correlación no implica causalidad.
Es necesario erradicar la corrupción de Argelia.
¿Podría escribir su nombre, dirección y número de teléfono, para la compañía de seguros?
¿Podrías preguntarle a ese chico en dónde está la librería?
¿Podrías traerme un poco de agua?
¿Me podrías cambiar?
¿Podría usted conducir más despacio?
¿Podría dar más detalles?
¿Podrías arreglar esto, por favor?
¿Podrías abrazarme?
¿Podrías abrir la ventana un poquito?
¿Puede abrir la ventana?
¿Podrías agregarme a WhatsApp, por favor?
¿Podrías tú por favor profundizar en esa idea después de la reunión?
¿Podrías acostar al bebé por favor?
¿Puedes frotar sobre mi un poco de loción de bronceado?
¿Podría mostrarme otra habitación?
¿Podría indicarme el camino a la estación?
¿Podrías decirme dónde estoy en el mapa?
¿Puedes indicarme mi ubicación actual en este mapa?
¿Puedes señalar mi posición en el mapa?
¿Podría tomarse una foto con nosotros?
¿Puedes llevarme al cine?
¿Me podrías traducir este documento al francés?
¿Podrías traducir este documento al francés?
¿Podrías traducir esta carta al francés?
¿Podrías traducir esta frase al francés?
¿Podrías traducir esta oración al francés?
¿Podrías traducir esta frase al español?
¿Podrías lavarme mi ropa?
¿Podrías lavarme mi ropa?
¿Podrías anotar eso, por favor?
Cúbrete el ojo así, por favor.
Los cangrejos, las langostas, los cangrejos de río, las gambas y los langostinos son todos crustáceos.
Craps es un juego de azar jugado con dados.
Cristiano Ronaldo es un jugador de fútbol.
Cruzar este camino es extremadamente peligroso.
Llorar no es solo de chicas.
Curiosamente, una flor floreció en el árbol marchito.
Actualmente, los jugadores de ajedrez tienen programas informáticos avanzados, como Alpha Zero, Deep Mind y Stockfish, para analizar cualquier posición en una partida de ajedrez.
¡Ya párale!
Corta la tarta con un cuchillo.
Cuzco es uno de los lugares más interesantes del mundo.
El cinismo es sólo una manera desagradable de decir la verdad.
¡Papá, he visto un elfo!
¡Baila!
¡Bailá!
La danza es el matrimonio de cuerpo y mente.
¡Baila con ella!
Dan no quiere verse como un despiadado.
La caspa se forma con pequeñas escamas de piel muerta.
La caspa se manifiesta más en hombres que en mujeres.
Dan despidió a Linda por arruinar el plan.
Daniel está silbando.
A Dan le gusta ver sus frases traducidas.
A Dan le gusta ver sus frases traducidas.
Dan se dio cuenta que él había estado estropeando su matrimonio con sus largos viajes de negocios.
Negra y vacía es la noche, si tus ojos no me miran, si tu boca no me habla, si tú, niña, no suspiras, y me destrozas el alma, pues te miro cada día, y con tu mirada callada, otra mirada tú miras.
Cariño, por favor, recuerda.
David Beckham vive en América ahora.
Amanece.
La muerte no existe.
En la Unión Europea está prohibido amputarle las garras a los gatos.
Degas nació hace más de 150 años.
Elimina esa foto.
No es lo mismo el socialismo democrático que la socialdemocracia.
Los dentistas toman rayos x para examinar tus dientes.
Dercy Gonçalves fue una gran actriz y humorista brasileña.
El deseo y la felicidad no pueden vivir juntos.
A pesar de la adversidad, el arquitecto consiguió fama mundial.
A pesar de la adversidad, el ingenioso hombre consiguió fama mundial.
A pesar de todos sus logros, ella no estaba orgullosa.
A pesar de todos los contratiempos, él permanece optimista.
A pesar de toda su agresiva campaña, los separatistas nunca consiguieron convertir su insignificante grupo en un nombre familiar. De hecho, incluso si lograran hacerlo, solo conseguirían hacer conocida por todos una organización terrorista más.
A pesar de tener la garantía en regla, los encargados de la tienda tardaron un mes en enviar a alguien a reparar la lavadora.
A pesar de eso, lo he conseguido.
Los diamantes son eternos.
La voz de Diana lo impresionó tanto que él le pidió que cantara en la radio.
¿Le picó una abeja?
¿Alguien te vio?
¿Alguien lo ha visto ocurrir?
¿Vendió el alma?
¿Vendió él su alma?
¿Olvidé escribir la fecha?
¿En serio me eligieron como el más feo de la clase?
¿Esto ha pasado de verdad?
¿Le sirvió a Yanni?
¿Almorzaron Ken y Joe a eso del mediodía?
¿Marika quería ir a Japón?
¿No les dije que a Tom le iba a gustar el regalo?
¿No sabíais que Tom estaba viviendo con la familia de Mary?
¿No cerraste el coche?
¿No viste al hombre?
¿No hablaste con Tom?
¿Ella fue a ese concierto?
¿Había alguien más que supiera tu contraseña?
¿Te pasó algo?
¿Te ha pasado algo en la pierna?
¿Los desportes han cambiado algo en tu vida?
¿Tiene eso algún sentido?
¿Compraron ellos el jugo?
¿Le dijeron eso a ella?
¿Firmaron?
¿Lo creyó Tom?
¿Tom lo compró?
¿Tom vino aquí ayer?
¿Le dio Tom una pistola a Mary?
¿Ha rezado Tom?
¿Dijo Tom cómo de temprano podría salir Mary?
¿Dijo Tom que no iba a venir?
¿Dijo Tom que yo no iba a venir?
¿Te contó Tom dónde estuvo anoche?
¿Aceptaste su invitación?
¿Trajiste los libros?
¿Compraste un billete de ida y vuelta?
¿Has comprado un billete de ida y vuelta?
¿Has comprado una lavadora?
¿Has comprado un lavarropas?
¿Limpiaste tu habitación hoy?
¿Completaste el tratamiento prescrito?
¿Lo hizo usted solo?
¿Has bebido leche hoy?
¿Se te cayó esto?
¿Te gustó la película que viste anoche?
¿Disfrutaste tus vacaciones de invierno?
¿Alguna vez te enamoraste de tu profesor cuando estabas en primaria?
¿Has encontrado tus lentes de contacto?
¿Fuiste de acampada otra vez el fin de semana pasado?
¿Fuiste de acampada el fin de semana pasado?
¿Fuiste allí?
¿Te fuiste allí?
¿Fuiste a Roma ayer?
¿Fuisteis a Roma ayer?
¿Creciste aquí?
¿Oíste acerca del gran terremoto en Japón?
¿Oíste lo que pasó anoche?
¿Usted ayudó?
¿Contrataste una limpiadora?
«¿Pegaste a Skura?» «Sí.» «Entonces estás solo.» «¡Soy tu hermano, deberías pagar mi fianza!» «Conoces las reglas: nunca golpees a una mujer.» «¡Te arrepentirás de esto!»
¿Le invitaste?
¿Usted acaba de pegarle?
¿Los mataste?
¿Usted sabía que la estrella más cercana de la Tierra es el Sol?
¿Sabías que había unos cuantos zorros viviendo en esta montaña?
¿Dejaste propina?
¿Has dejado la ventana abierta?
¿Le gustó la comida?
¿Viviste aquí?
¿Perdiste mucha sangre?
¿Se te ha perdido algo aquí?
¿Perdiste el conocimiento después del accidente?
¿Perdiste el conocimiento?
¿Perdiste?
¿Lo dijiste en serio?
¿Te encontraste con ella?
¿Habéis pagado el libro?
¿Leyó usted la extra de esta mañana?
¿Te pusieron vacunas de niño?
¿Recibiste el correo electrónico que te envié?
¿Te pusieron la vacuna contra la gripe esta temporada?
¿Registraste tu producto?
¿Te acordaste de mandar mi carta?
¿Tu última comida contenía fruta, frutos secos, huevo o marisco?
¿Le dijiste algo?
¿La viste caer?
¿Viste el eclipse total de luna de ayer?
¿Ya mandaste el fax?
¿Te has afeitado las cejas?
¿Sacaste al perro hoy o todavía no?
¿Hablasteis sobre mi libro?
¿Hablaste sobre mi libro?
¿Hablaste con ellos el lunes?
¿Pensabas que se nos habían acabado las lágrimas?
¿Me entendiste?
¿Lavaste los trastes?
¿Miraste el debate presidencial?
¿Ganó el caso?
¡Muere!
Diferentes personas pueden describir las mismas ideas o cosas básicas de formas completamente diferentes.
La cena está lista.
La discreción es una virtud rara e importante.
La desinformación está en todas partes.
Disney me convirtió en un furro.
¿Viven muchas personas en tu ciudad?
¿Alguno de ustedes tiene algo que decir con respecto a esto?
¿Los gatos comen murciélagos, o los murciélagos comen gatos?
¡Ven por lo que más quieras!
¡Pásale!
¡Pásele!
Los médicos recibiendo comisiones clandestinas de las compañías farmaceúticas para prescribir sus productos es un problema creciente.
¿Alguien quiere algo más?
¿Alguien más tiene algún consejo?
¿Alguien tiene alguna otra pregunta?
¿Hay algún caso en su familia cercana de diabetes?
¿Alguien sabe como pronunciar este ideograma?
¿Tiene Europa una lengua común?
¿Todos tienen papel?
¿Todos tienen lápices?
¿Todos tienen bolígrafos?
¿Todos tienen plumas?
¿Él va a la escuela en autobús?
¿Él tiene novia?
¿Tiene él muchos libros?
¿Sabe cómo te sientes?
¿Le gusta Japón?
¿Tiene que irse ahora mismo?
¿Te duele cuando respiras?
¿Te duele cuando toses?
¿Te duele cuando haces pipí?
¿Te duele solo donde te presiono o en algún otro sitio?
¿Nieva mucho aquí en el invierno?
¿Mary ve la tele?
¿Es que Mary no se da cuenta de que Tom la quiere?
¿Eso no te asusta?
¿No tiene como-se-llame el mismo carro?
¿Ella existe?
¿Ella tiene un perro? No.
¿Ella habla también polaco?
¿Habla alguien japonés aquí?
¿Ese precio incluye impuestos?
¿El dolor te despierta por las noches?
¿Es tuyo todo esto?
¿Esto se ve bien?
¿Significa esto algo para ti?
¿Esto significa algo para vos?
¿Esto suena bien?
¿A Tom le gusta ver películas de horror?
¿Acaso Tom sale a beber con María a menudo?
¿Tom juega Animal Crossing?
«¿Su marido va a pié al trabajo?» «Sí, a él le gusta caminar.»
"¿Le duele la garganta?" "Sí, un poco."
Haz bien a los que te odian.
Los perros son blancos.
Perro que ladra no muerde.
Los perros comerán casi cualquier cosa.
¿Tengo que facturar este equipaje, o es equipaje de mano?
¿Tengo que hacerlo ahora?
¿Tengo que comer esto?
¿También tengo que ir yo?
¿Te tengo que pagar a ti?
¿Te parezco demasiado gorda? Bueno, eso es cuestión de gustos.
¿Necesito una razón?
¿Necesito una corbata?
¿Necesito frenillos?
No hacer nada es muy agotador.
¿Te recuerdo realmente a ella?
¿Huelo raro?
Hazlo otra vez.
Hazlo ahorita.
Hazlo ahorita.
Hazlo lo mejor que puedas.
¿Los marcianos hablan inglés?
Don Bluth es un legendario animador estadounidense que compitió con Disney, su antiguo empleador, durante las décadas de 1980 y 1990.
Terminado.
No copies y pegues oraciones de otros sitios.
No entrar aquí.
Por favor, no alimente a los animales.
No apagues tu computador.
No veas la televisión.
¡No me abandones!
No actúes según tu edad; actúa según tú mismo.
No me agregues en Facebook, ya te he dicho que no quiero saber nada más de ti.
¡Hombre, no me fastidies con esas bromas!
No le abras la puerta a nadie en lo que no estoy.
No me preguntes nada.
No me pidas que te diga tus errores. Si te interesa cambiar, descúbrelos tú mismo.
No te creas que no eres contagioso.
No esquives mi pregunta.
No tengas miedo de cometer errores.
No temas hablar en público.
No os andéis con rodeos.
No te dejes engañar otra vez.
No tengas tanta prisa.
No seas irresponsable.
No llegues tarde a clase otra vez.
No te creas la historia del cazador sin haber oído la del león.
No seas codo con la propina.
¡No seas absurdo!
No seas ridícula.
¡No seas ridículo!
No seas zángano, levántate y dúchate antes de que llegue tu padre.
No parpadées.
No lo rompas, Yanni.
No compres lo que no necesitas.
No me llames idiota.
No lleves demasiado equipaje cuando viajes.
No subas esa escalera, no es segura.
No vuelvas aquí.
No vengas vestido como un vagabundo.
No entren a mi cuarto.
No entres en mi habitación.
No te acerques al bulldog por si muerde.
No te compares con Tom.
No me líes.
No cuentes con su ayuda.
¡No te desesperes!
No le distraigas mientras trabaja.
No hagas nada precipitado.
No bebas nada.
No bebáis propano.
No bebas propano.
No bebáis demasiado antes de acostaros.
No bebas demasiado antes de irte a la cama.
No los dejes caer.
No duplique oraciones.
No dupliques oraciones.
No comas panceta por la noche, que tiene mucha grasa.
No nos comas.
No comas mientras lees.
No comas nieve amarilla.
No envidies. Copia.
Ni se te ocurra acercarte.
Ni se te ocurra pedirme que te deje salir con mi hija.
No vuelvas a usar mi ordenador.
No agraves el problema.
No exageréis.
No te sientas mal por lo que le pasó a Tom.
No te sientas mal por ser humano.
No olvidéis que soy una persona.
No te olvides de hacerlo.
No te olvides de venir a recogerme mañana a las seis.
No olvides verme mañana por la mañana.
No olvides revolver el estofado.
No olvides barrer la cocina.
Que no se te olvide apagar la luz.
No subas de peso.
No me lances una mirada tan triste.
No le des el premio a Tom. No se lo merece.
No te rindas tan cerca del final.
No vayáis a la jungla solos.
No te acerques al fuego.
No te vayas sin despedirte.
No me odies por eso.
No tengas una casa, ten un vecino.
No dude en hacer preguntas si no entiende mi explicación.
No contengas el aliento por eso.
No interrumpas nuestra conversación.
No juzgues a un hombre por su apariencia.
No juzgues a los demás basado en su color de piel.
No se quede ahí. Pase.
No solo te quejes, haz algo.
Para de decir que lo sientes.
No te rías de su error.
No te rías de alguien que tartamudea.
No me dejes aquí.
No dejes la cocina; la leche está a punto de hervir.
No te vayas sin decir adiós.
No dejen que nada más nos distraiga.
No dejéis que él pulse este botón.
No dejen que pulse este botón.
No dejes que él vea esta película.
No dejes que esto se haga un hábito.
No dejes que Tom coma cacahuates.
No dejes que se te enfríe la sopa.
No miréis a la cámara.
No lo desprecies solo porque es pobre.
No mires por el agujero de la cerradura.
No pierdas el sueño por eso.
Mejor no te burles de ella. Se acaba de tomar tres botellas de cerveza.
No me hagas enojar.
No me hagan decirlo otra vez.
No hagan ruido.
No cometas el mismo error que yo.
No cometas el mismo error que yo.
No pierdas esta oportunidad.
No me malentienda.
No abras el libro.
No hagas caso a lo que diga la gente.
No prestes atención a lo que digan los demás, lo importante es lo que tú pienses.
¡No me pellizques el cachete!
Deja de jugar cerca del cristal.
No te hagas el tonto, sabes muy bien de qué estoy hablando.
No te hagas el inocente.
No juegen con el lodo. Se están ensuciando.
No señales a la gente.
No le eches mucha sal al mío.
No me levantes la voz.
No os fieis de lo que él dice.
No juegues tu cuello por algo tan absurdo.
¡No corráis!
¡No corran!
No le digas nada a nadie.
¡No jodas conmigo!
No te menosprecies, Tom.
No muestres tus intenciones.
No canten.
No te sientes mal.
No fumes aquí.
No gastes demasiado dinero.
No empieces la película hasta que yo vuelva.
No saques la mano por la ventana.
No te lo tomes a pecho.
No te quites los guantes.
No te quites la mascarilla.
No os toméis en serio las amenazas de Tom.
No te tomes en serio las amenazas de Tom.
No te quites los guantes.
¡No hables así de mis padres!
¡No me hablen!
No digas mentiras. Sé honesto.
No le digas eso, que va a empezar a llorar.
¡No me cuentes cuentos chinos!
No me riñas de esa forma.
No me digas que Tom ya está tomado.
¡No me digas que no lo leíste!
No se lo digas a mi novia.
No les hables a tus padres sobre esto.
No pienses que me has salvado la vida.
No botes nada.
No le molestes con nimiedades.
No confíes en ella.
No confíes en Tom. Es policía.
No trates de hacer todo a la vez.
¡No te pongas de espaldas! Te podrías caer .
"No me esperes." "No te iba a esperar."
¡No esperes!
No caminéis sobre el cristal.
No caminen sobre el cristal.
No camine sobre el cristal.
No camines sobre el cristal.
No malgastes tu dinero.
No te preocupes, tengo todo fríamente calculado.
No te preocupes, que yo te las cuido.
No te preocupes, yo se lo digo.
No te preocupes, ella no entiende alemán.
No escribas de esa manera. Escribe así.
No te atrevas a cerrar los ojos.
¿Nunca te cansas?
¿No sientes a la casa sacudirse?
¿No se aburren cuando están solas?
¿No tienes dinero?
¿No tienes nada mejor que hacer que leer esta mierda?
¿No tienes nada bonito que decir?
¿No tienes nada más que decir?
"¿No sabes que las apuestas son malas?" "Malas para los que pierden."
¿No te gusta Boston?
¿No quieres que te compre una?
¿No quieres que te compre uno?
¿No querés saber lo que pasó?
¿La gente de Boston bebe agua del grifo?
¿Los niños van al colegio?
Lava los platos.
¿Le quedan bien las gafas?
¿Tienen bicicleta?
¿Tienen la solvencia económica para pagar tanto?
¿Saben cuántos años tengo?
¿Ellos lo saben bien?
¿Lo conocen?
¿Juegan ellos a Pokémon?
Haz este trabajo para mañana si entra dentro de lo posible.
¿Tenemos que dejar propina en Francia?
¿Necesitamos hacer algo más?
Hacé lo que quieras.
Haga usted lo indicado en el prospecto.
Haz lo que te mande tu corazón.
Haz lo que quieras.
¡Muera el rey!
¿Acepta tarjeta de crédito?
¿Todos tienen lápices?
¿Siempre tomas café con el desayuno?
¿Siempre corréis?
¿Crees tú en la vida eterna tras la muerte?
¿Cree usted en Dios?
¿Creéis en mí?
¿Crees en mí?
¿Creéis en el Mal de ojo?
¿Crees en la existencia de Dios?
¿Crees en los vampiros?
¿Crees que Judas traicionó a Jesucristo?
¿Lo crees?
¿Os preocupáis por el medioambiente?
¿Tomas actualmente algún medicamento que te haya prescrito un psiquiatra?
¿Niegas que fuiste allí?
¿Usted bebe alcohol todos los días?
¿Tu bebes café con o sin leche condensada?
¿Come en el aula?
¿Comes afuera a menudo?
¿Te alimentas bien?
¿Alguna vez soñaste con volar por el cielo?
¿Se siente usted bien hoy?
¿Lo sentís?
¿Tienes ganas de ir al teatro?
¿Se siente como que no puede conectar con otras personas?
¿Se siente como que no puede conectar con otras personas?
¿Te sientes como si tuvieras fiebre?
¿Sientes que tienes fugas de ideas de las que no te puedes deshacer?
¿Sientes que tu futuro no tiene esperanza?
¿Tienes ganas de autolesionarte ahora?
¿Te sientes afortunado?
¿Te sientes nervioso en la oficina hoy?
¿Le duele cuando hace eso?
¿Siente dolor al hacer eso?
¿Se siente seguro en casa?
¿Tienes urgencia por orinar con más frecuencia?
¿Te sientes amenazado por los semáforos?
¿Tienes la sensación de que no puedes conectar con otra gente?
¿Te parece divertido?
¿Detectas que tu humor cambia con frecuencia en periodos cortos de tiempo?
¿Entiendes?
¿Te resfrías con frecuencia?
¿Te llevas bien con tu hermana?
¿Te molesta que las personas de tu entorno se quejen de sus problemas?
¿Tienes acidez de estómago después de comer ciertos alimentos?
¿Tienes dificultades para respirar con facilidad cuando caminas?
¿Vas todos los días a pie al colegio?
¿Tenéis algo que ver con eso?
¿Sabe usted su nombre por casualidad?
¿Tienes una curita?
¿Tienes una curita?
¿Tienes una tirita?
¿Tienes una tirita?
¿Ustedes tienen una tienda de regalos aquí?
¿Tienes un pañuelo?
¿Tienes una hernia?
¿Tenéis algún mensaje para mí?
¿Tienes un menú en Inglés?
¿Tienes una opinión?
¿Tienes alguna hemorragia?
¿Tienes empleados que hablen japonés?
¿Tienes juegos en tu teléfono?
¿Tienes alguna idea para el regalo?
¿Tienes alguna idea de por qué Tom desapareció?
¿Tienes alguna objeción?
¿Tienes a alguien a quien llamar si necesitas hablar?
¿Tienes alguna cuenta en redes sociales?
¿Tienes algo más?
"¿Tienes algo que hacer?" "La verdad es que no."
¿Tienes algún hematoma o sangrado inexplicable?
¿No tendrías un sacapunta? Tengo que sacarle punta al lápiz.
¿Andas con un bolígrafo?
¿Tienen área para interactuar con los animales?
¿Tienes un médico de atención primaria?
¿Tiene un pasaje de vuelta a Japón?
¿Tienes una habitación?
¿Tiene usted una habitación?
¿Tiene usted una hermana?
¿Tiene una mesa con vista al mar?
¿Tienes cataratas?
¿Tienes cambio de un dólar?
¿Tienes diarrea?
¿Usted tiene diarrea?
¿Tienes dificultades para respirar cuando te acuestas?
¿Tienes dificultades al orinar?
¿Le duelen los oídos con frecuencia?
¿Tienes glaucoma?
¿Tienes periódicos japoneses?
¿Tienes imanes pegados a tu refrigerador?
¿Tiene dolor al orinar?
¿Tu tránsito intestinal es regular?
¿Tienes zumbidos en los oídos?
¿Tienes alergia estacional?
¿Tenéis algo que ver con eso?
¿Tienes algo que ver con eso?
¿Tenés la misma cosa en un color diferente?
¿Tiene esto en otros colores?
¿Tienes tiempo el martes?
¿Tienes tiempo mañana?
¿Tiene atún?
¿Tienes dos ordenadores?
¿Tienes vértigos?
¿Tienes tu pasaporte?
¿Tienes tu carné de estudiante?
¿Piensas cambiar algo en tu vida algún día?
¿Conoce a un buen dentista?
¿Conoce usted un buen método para aprender nuevas palabras?
¿Conocéis algún médico bueno?
¿Conoces a alguien en Australia?
¿Saben ustedes a qué distancia está Australia de Nueva Zelanda?
¿Sabes cuánto te amo?
¿Sabe cuánto pesa?
¿Sabes inflar la rueda?
¿Sabe jugar?
¿Sabes prender fuego usando solo palos de madera?
¿Sabe cómo anudar una corbata?
¿Sabes cómo tratar bien a los hombres?
¿Sabe cómo utilizar esta cámara?
¿Sabes usar esto?
¿Sabes como vas a entretener a Tom?
¿Sabes si Grace está en casa?
¿Sabes si acaso vendrá a la fiesta?
¿Conocés al señor Takahashi?
¿Sabes de algún apartamento que pueda alquilar en el que se admitan mascotas?
¿Conocés al hombre que te está mirando?
¿Sabes hasta qué hora está abierto?
¿Sabes lo que es un ábaco?
¿Sabe lo que significan sus sueños?
¿Sabes cómo se llama esta cosa?
¿Sabes qué compró Tom?
¿Sabes qué quiere comprar Tom?
¿Sabes qué hicimos?
¿Sabe lo que significan sus sueños?
¿Sabes cuándo llegarán?
¿Sabes a dónde va él a la escuela?
¿Sabes dónde trabaja él?
¿Sabes dónde puedo conseguir ayuda?
¿Sabes a dónde va ella a la escuela?
¿Sabes dónde trabaja ella?
¿Sabe qué calle lleva a mi casa?
¿Sabes quiénes somos, Tom?
¿Sabes quién eres?
¿Sabes por qué dejaron de hablar?
¿Os gusta el chocolate caliente?
¿Te gusta el chocolate caliente?
¿Te gustan los muebles del IKEA?
¿Te gusta el jugo?
¿Te gusta la comida mexicana?
¿Mis zapatos te gustan?
¿Te gustan los caracoles?
"¿Te gustan las serpientes?" "Claro que no."
¿Te gusta hablar?
¿Te gusta el té?
¿Te gusta esa canción?
¿Te gusta el apartamento?
¿Te gusta este color?
¿Les gusta estar solas?
¿Te gustan los tatuajes de Tom?
"¿Te gusta viajar?" "Sí."
¿Te gusta caminar en el parque?
¿Te gusta ver partidos en televisión?
¿Os gusta el vino blanco?
¿Viven aquí?
¿Quieres decir que nunca has visto un panda?
¿Te refieres al planeta o a la diosa?
¿Te refieres al planeta o al dios?
¿Quieres decir que ocultas intencionalmente tu belleza?
¿Necesitas una pistola?
¿Necesitan una ambulancia?
Necesitas que te ayude a bajar?
¿Necesitas dinero?
¿Te hace falta mucho dinero?
¿Necesitas nuestra ayuda?
¿Necesitas el carro?
¿Los necesitas en este mismo minuto?
¿Te mareas a menudo si te levantas rápidamente de la cama?
¿Suele hacer viajes de negocios?
¿Piensas ir en autobús a Tokio?
¿Juegas bien al baloncesto?
¿Juegas golf?
¿Juegas en un equipo?
¿Prefieres pescado o pollo?
¿Preferís el arroz negro, o el blanco?
¿Prefiere vino blanco o vino tinto?
«¿Me lo prometes?» «Sí, te lo prometo.»
¿En serio hablas diez idiomas?
¿De verdad hablas ese idioma?
¿De verdad te crees que añadir "-ation" al final de una palabra hace que esté en inglés?
¿De verdad crees que Tom te va a ayudar?
¿De verdad crees que Tom te ayudaría?
¿De verdad crees que Tom te va a ayudar?
¿De verdad crees que Tom te ayudaría?
¿Tú reciclas?
¿Sientes la boca seca con regularidad?
¿Te sangra la nariz con regularidad?
¿Tienes problemas de sinusitis con regularidad?
¿Te haces autoexploraciones de mamas con regularidad?
¿Utilizas habitualmente algún aparato de ayuda para caminar?
¿Recuerdas esa tienda?
¿Recuerdas la primera vez que vine aquí?
¿Recuerdas el misterioso asesinato?
¿Recuerdas el título o el nombre del autor?
¿Recuerdas la ciudad donde nació Tom?
¿Te acuerdas de nosotros?
¿Recuerdas dónde nació Tom?
¿Te sangran las encías cuando te cepillas los dientes?
Primero que todo, haz tus deberes.
¿Así se dice en el Reino Unido?
¿Dicen eso en el Reino Unido?
¿Ves alguna similitud?
¿Ves al pájaro sobre el cable de teléfonos?
¿Veis el libro?
¿Ves el libro?
¿Vendes palillos chinos?
¿Vende ordenadores de segunda mano?
¿Vende ordenadores de segunda mano?
¿Usted fuma?
¿A veces estudias en la biblioteca?
¿Hablas chino?
¿Tú hablas filipino?
¿Hablas klingon?
¿Hablas como los italianos?
¿Hablas castellano?
¿Hablas español?
¿Pasas más tiempo con tu familia o con tus amigos?
¿Todavía tiene usted mi llave?
¿Todavía te acuerdas de mí?
¿Sigues viendo dibujos animados?
¿Tomas medicación por algún problema de salud?
¿Tomas digitalis?
¿Tomas nitroglicerina?
¿Pensáis que todo cabe?
¿Crees que él me perdonará?
¿La encuentras atractiva?
¿Acaso te crees que no quiero?
¿Pensáis que estoy gordo?
¿Crees que me sobran kilos?
¿Crees que volverá a llover otra vez mañana?
¿Crees que tiene sentido hacer un cuaderno de vocabulario?
¿Tú crees que estaría aquí si hubiera encontrado trabajo?
¿Crees que tiene sentido hacer un cuaderno de vocabulario?
¿Crees que ella está muerta?
¿La encuentras atractiva?
¿Creéis que algunas de nosotras viviremos en Marte en cien años?
¿Creéis que algunos de nosotros viviremos en Marte en cien años?
¿Crees que algunas de nosotras viviremos en Marte en cien años?
¿Crees que algunos de nosotros viviremos en Marte en cien años?
¿Crees que el deporte puede darnos una mejor calidad de vida?
¿Tú crees que los cazasueños funcionan?
¿Crees que hay alguna posibilidad de que Tom tenga razón?
¿Crees que Tom se lo pasó bien en Boston?
¿Crees que tus fuentes son fiables?
¿Crees que hay alguna posibilidad de que Tom tenga razón?
¿Crees que hay alguna posibilidad de que Tom tenga razón?
¿Crees que hay alguna posibilidad de que Tom tenga razón?
¿Cree usted que el camino es bastante ancho para automóviles?
¿Creéis que estos boicots tienen algún resultado?
¿Crees que Tom se lo pasó bien en Boston?
¿Creéis que Tom ha subido de peso?
¿Crees que Tom estaba satisfecho?
«¿Tú crees que Tom será capaz de escribir cartas de amor en francés?» «¿Por qué lo preguntas?» «Está colado por Marie-Emmanuelle.» «¿Acaso estás celosa?» «¡Sí, lo estoy! ¿Pasa algo?»
¿Confías en Tom?
¿Entendéis?
¿Entiendes todo?
¿Consumes alguna sustancia ilegal?
¿Usas algún método anticonceptivo?
¿Consumes sales de baño?
¿Consumes benzodiacepinas como Klonopin, Ativan y Xanax, que no te hayan prescrito?
¿Usas medidas anticonceptivas cada vez que mantiene actividades sexuales?
¿Consumes cocaína o crack?
¿Consumes heroína o metadona?
¿Consumes ketamina?
¿Usas kratom?
¿Consumes LSD, fenciclidina o peyote?
¿Consumes marihuana?
¿Consumes metanfetaminas?
¿Consumes opiáceos como morfina, Percocet, Vicodin y OxyContin, que no te hayan prescrito?
¿Consumes spice o K2?
¿Suele desayunar?
¿Ustedes caminan de la mano?
¿Te lo explico otra vez?
¿Quieres que vaya ahora?
¿Quieres que vaya sin ti?
¿Querés mi ayuda o no?
¿Quieres vodka?
¿Quieres éstos?
¿Queréis colorear con rotuladores o con lápices de colores?
¿Quieres colorear con rotuladores o con lápices de colores?
¿Quieres tomar algo?
¿Quieres comer ahora o más tarde?
¿Querés ir a la ópera conmigo?
¿Queréis ir a la piscina conmigo mañana?
¿Quieres ir a la piscina conmigo mañana?
¿Quieres ir al zoo?
¿Quieres ir con Tom?
¿Querés escucharlo?
¿Querés conocer mi secreto? Es muy simple...
¿Quieres escuchar música?
¿Quieres jugar al fútbol con nosotros?
¿Quiere usted tocarlo?
¿Quieres leer un poema mío?
¿Quieres leer un poema mío?
¿Querés ver algo interesante?
¿Quieres ver tu pieza?
¿Quieres hablar en mi oficina?
¿Quieres decirle que la amas?
¿Quieres viajar mañana?
¿Quieres visitar este monumento?
¿Quieres que tu permanente se vea natural?
¿Mirás "Tom y Jerry"?
¿Veis la tele a menudo?
¿Ves la tele a menudo?
¿Llevas un audífono?
¿Llevas lentillas?
¿Os apetece hacerlo ahora?
Bebe con moderación.
Bebe con moderación.
Bebe algo.
Bebe el té mientras esté caliente.
Bebe esto. Puede que te haga sentir mejor.
Toma esto. A lo mejor te hace sentir mejor.
Tómate tu leche.
El Dr. Jackson es muy paciente.
El Dr. Jackson tiene mucha paciencia.
El Dr. Jackson es muy paciente.
Visíteme en casa en el momento que quiera.
El Dr. Patterson se comunicó con un gorila usando la lengua de signos.
Debido a la falta de apoyo gubernamental al deporte, dice Rafael Leitão, el ajedrecista profesional en Brasil no tiene ninguna estabilidad financiera. Entonces, si quieres tomarte el ajedrez en serio, debes viajar todo el tiempo a Europa y Estados Unidos para jugar en los grandes torneos.
En tiempos difíciles, las personas pueden no hacer un viaje, pero pueden estar dispuestas a pagar extra por un buen café.
Muchas parteras, en la época de la dictadura, vendían a los bebés de gente humilde al mejor postor.
Durante el encarcelamiento de sir Thomas se produjo un intercambio frecuente de cartas entre él y esta querida hija y, cuando se le privó de pluma y tinta, se las ingenió para escribirla con un carbón.
Durante la huelga circularán 35% de los trenes.
Cada libro de la Biblia se divide en capítulos, y los capítulos se dividen en versículos.
Cada niño tiene su propio cuarto.
Cada página de mi libro contiene solo diez oraciones, pero algunas oraciones son bastante largas.
Cada persona madura a su propio paso.
Cada vez, la historia de Tom adquiría más detalles.
Come y bebe.
Come tanta comida como quieras.
Comed, porque estáis hambrientos.
Come despacio la comida.
Cómete los vegetales, para que crezcas y llegues a ser grande y fuerte.
Los ecosistemas se están degradando en todo el mundo.
La educación comienza en casa.
La educación es un elemento crítico.
Ocho entre dos es cuatro.
El ochenta por ciento de la información almacenada en los ordenadores de todo el mundo está en inglés.
O son las doce en punto según el reloj de la cocina, o ha perdido la manecilla pequeña.
O te quedas aquí solo, o te vienes con nosotros.
La intensidad eléctrica se mide en amperios.
El comercio electrónico comenzó a extenderse rápidamente.
Elizabeth estaba encantada.
A Ellen le gusta también jugar al tenis.
Emanuel Lasker (1868-1941), matemático y ajedrecista alemán, segundo campeón mundial de ajedrez, fue quien mantuvo este título durante más tiempo: 27 años (1894-1921).
A Emet no le agrada esa mujer.
Emily es mi novia.
Emily es la chica más brillante de la escuela.
Emily tiene sed.
Las bebidas energéticas son muy caras.
Energía es una palabra de origen griego que significa "actividad".
La energía irá dónde nosotros la dirijamos.
Los aficionados de Inglaterra empezaron a preocuparse cuando Italia empató en la segunda mitad.
Inglaterra era la favorita al inicio del partido, jugando en casa ante miles de aficionados.
La gramática inglesa en mi enemiga.
El inglés se ha difundido por todo el país.
El inglés es un idioma común en todo el mundo.
El inglés no es un idioma, es tres idiomas en una gabardina simulando ser uno.
El inglés se usa en todo el mundo.
El inglés se usa en todo el mundo.
Los anglohablantes pueden pronunciar muchas vocales.
Estudios ingleses sobre el uso de los móviles por los jóvenes muestran situaciones verdaderamente preocupantes, donde un chico de seis a veinte años cada día envía de media diecinueve mensajes, recibe quince y hace nueve llamadas.
Pásala bien.
Pásenla bien.
Entra en otro sitio.
Ciudades enteras han caído a manos del ejército enemigo.
Epstein no se mató.
Epstein no se suicidó.
Mismo salario por el mismo trabajo.
Las ecuaciones son sencillamente la parte aburrida de la matemática. Trato de ver las cosas en términos de geometría.
Erica se fue sin decir adiós.
Erica se fue sin despedirse.
El esperanto es bueno.
El esperanto une a la humanidad.
Esther no tuvo tiempo de tomar el desayuno continental.
La eternidad dura tanto.
Etimológicamente, jaque mate significa "el rey ha muerto". Sin embargo, el rey no ha "muerto" en el juego de ajedrez durante mucho tiempo. De hecho, el rey es la única pieza que ni siquiera puede ser capturada, aunque el jaque mate termina el juego y, estrictamente hablando, puede considerarse como una "muerte" para el rey.
Incluso a la Muerte le gusta jugar al ajedrez, como vi el otro día en una película (El séptimo sello) de Ingmar Bergman.
Incluso durante el trabajo, secretamente satisfago mi adicción por Internet.
A veces incluso un genio comete un fallo.
Aunque me haya traído flores, igual no lo perdonaré.
Aunque quisiera, no podría hacer eso.
Aun si no tenemos suerte en el primer intento, podemos seguir follando hasta que yo quede embarazada.
Aunque hagamos esto, serán otros sesenta años antes de que se repare el agujero de ozono antártico.
Aunque hubieras estudiado mucho no habrías aprobado el examen. Era demasiado difícil.
Hasta las personas inteligentes son distraídas a veces.
Incluso la vaca más negra da leche blanca.
Incluso los ajedrecistas más talentosos tienen que estudiar con extrema dedicación y hacer grandes sacrificios para convertirse en Grandes Maestros o ganar títulos internacionales. Muy pocos tienen la gloria de ser campeones del mundo.
A pesar de que el inglés es su lengua nativa, Tom no conoce la diferencia entre "perder" y "flojo".
A pesar de que estaba enfermo, aun así el chico fue al colegio.
Aunque tenía ventaja, perdí la carrera.
Aunque soy mejor en francés, realmente quiero hablar en inglés.
Salimos aunque hacía mucho frío.
Aunque ella se apresuró, la mujer mayor perdió el último tren.
Aunque reconozca mi habitación, a mi mascota, y a mí mismo en el espejo, reconozco que estoy soñando.
Incluso al ser elogiado, la modestia es importante.
Aun cuando lo pienses de una forma muy corriente, la vida sin risa es gris y fría. Más aun, se piensa que no sea sana.
Desde que rompió con él, le ha estado poniendo verde delante de todos sus amigos.
Desde que visitó París, sólo habla de eso.
Todo el mundo está de acuerdo con ustedes.
Todo el mundo vitoreó.
Todos vitorearon.
Todos la odian.
Todos están bien.
Todo el mundo cuenta contigo.
Todo el mundo lo sabía, excepto la señora dueña de la casa.
A todos les gustan las personas educadas.
A todo el mundo le gusta la nieve.
Todo el mundo le quiere.
Todo el mundo tiene que saber esto.
Todos juegan el juego del amor.
Todos dicen que me parezco a mi padre.
Todos estaban interesados en la historia.
Toda mariposa fue oruga, pero no todas las orugas serán mariposas.
Todo ciudadano debería ayudarles.
Todas las puertas de la casa están cerradas.
Cada ser humano es único.
Toda liberación conlleva el peligro de un nuevo tipo de esclavitud.
Toda nación, rica o pobre, tiene sus fortalezas y sus debilidades.
Cada nación procura su propia perpetuidad.
Cada día estoy despierto hasta más tarde.
Todos comieron lo mismo.
Todos menos él vienen de Kyushu.
Todo el mundo merece cosas buenas, incluida yo.
Todo el mundo merece cosas buenas, incluido yo.
Todo el mundo merece cosas buenas, incluida tú.
Todo el mundo merece cosas buenas, incluido tú.
Todos se murieron.
Todos tienen un papel que desempeñar.
Todo el mundo tiene derecho a volverse loco.
Todos tienen el derecho a la vida, a la libertad y a la seguridad personal.
Toda persona tiene derecho al descanso, al disfrute del tiempo libre, a una limitación razonable de la duración del trabajo y a vacaciones periódicas pagadas.
Aquí todos te temen.
Todo el mundo en nuestra región está harto de los separatistas.
Todos están ocupados menos yo.
Toda persona tiene derecho a que se establezca un orden social e internacional en el que los derechos y libertades proclamados en esta Declaración se hagan plenamente efectivos.
Todos sabían que hablaba muy bien inglés.
Todo el mundo sabe que no fue tu culpa.
Todos saben que ella ha hecho todo lo que ha podido por sus hijos.
Le agradabas a todo el mundo.
A todo el mundo le gusta la nieve.
A todo el mundo le gusta ganar.
Todos parecían felices.
Todo el mundo comentó sobre su nuevo peinado.
Todas las personas deberían descubrir por sí mismas la alegría de compartir.
Todos se pusieron a pelear.
Todo el mundo está cansado de oír esa historia.
Todos los que conozco pueden hablar francés.
Todos los que conozco saben hablar francés
Todo el mundo quiere ir.
Todo el mundo quiere conocerle, usted es famoso.
¡Todos te quieren conocer! ¡Eres famosa!
Todos quieren conocerte. ¡Eres famoso!
Todos estaban felices.
Todos sonreían.
Cada página de este libro es una lección de ajedrez extraordinaria.
Cada persona es diferente.
Todos los alumnos de la clase están presentes.
Todo en esta historia es cierto.
Todo cambió.
Todo ocurrió a la velocidad de la luz.
Dios es la causa de todas las cosas.
Todo tiene un propósito.
Todo aquí me recuerda a Tom.
Todo está manga por hombro.
Todo está como lo dejamos.
En mi dormitorio todo es blanco y negro.
Todo está yendo muy rápido.
Todo es negociable.
Todo es político.
Todo lo que le dije a mi médico era cierto.
Cuando es de noche, todo parece distinto
Todo lo popular es malo.
Todo le parece raro.
Todo es político.
Todo fue creado por Dios.
Todo lo que vemos nos influye de alguna manera.
Todo saldrá bien hoy.
Cada vez que leo este libro descubro algo nuevo.
Cada vez que Tom y María estaban a punto de besarse entraba de pronto alguien a la habitación.
Todo sitio web tiene una dirección única.
¡Exactamente!
Los exámenes tocan justo después de las vacaciones de verano.
De no ser por la tormenta, habría llegado antes.
Disculpe, ¿este tren va a Washington Square?
Perdona, no sé tu nombre y tu patronímico.
Perdone, no sé su nombre y su patronímico.
Disculpa, no conozco tu patronímico.
Disculpe, se me han caído los palillos.
Disculpe, tengo una petición.
Disculpe, ¿dónde hay una estación de metro?
Los expertos dicen que los confinamientos por coronavirus en cualquier parte del mundo pueden provocar estrés, irritabilidad, temor y fatiga.
Explícame todo esto.
Explíquelo de nuevo, Jerry.
Explíquenme ustedes con detalle como ha ocurrido eso.
¡Afronta la vida con una sonrisa!
Fadil violó a Layla y la abandonó.
El fallo es el mejor entrenador.
El fallo es el mejor mentor.
El otoño empieza en septiembre.
Los falsos amigos son pares de palabras que se escriben o dicen de forma parecida entre diferentes lenguajes, pero tienen un significado distinto.
Lejos de terminar, la tormenta se volvió mucho más intensa.
"Rápido" es el contrario de "lento".
Papá volvió a casa.
"Padre, sé lo que hiciste en Gamelon." "¿Qué?" "Deja de actuar como si no lo supieras, ¡tú, mierda, estúpida!" "Yo..." "Es mejor que hables rápido o ¡te daré una paliza!" "Que te jodan!"
Papá está ocupado revisando mi tarea.
Papá administra la tienda.
Las plumas son características de las aves.
Aliméntame con tu alma.
Alimentame con tu alma.
Aliméntame con tu alma.
Sintiendo la casa sacudirse, yo salí corriendo al patio en la parte trasera de la casa.
Pocos de mis amigos tienen dos automóviles.
Apenas hay gente que tenga dos coches.
Los higos contienen fibra dietética.
Los higos contienen fibra dietética.
Pensé que era lo mínimo que podía hacer.
Llene usted el pliego de solicitud.
¡Finalmente!
Al final los dos se quedaron dormidos.
Al final, decidieron jubilarse pronto y vivir permanentemente en España.
Averigua a dónde fue Tom.
Encuentra las raíces de la ecuación.
Encuentra a Tom y dile que venga aquí inmediatamente.
Acábate la comida.
Acábate lo que hay en tu plato.
Acaba tu comida.
Primero atrapa tu liebre y luego la cocinas.
Primero, averigua su nombre y dirección.
Primero, rellenamos la pechuga de pollo con jamón y queso.
Primero, rellenamos la pechuga de pollo con jamón y queso.
Los peces viven en el mar.
Los peces viven en el agua.
Quinientos soldados fueron enviados a la ciudad, sobreviviendo menos de la mitad de ellos.
Cinco, más cinco, ¡patata! ¡A contar!
Cinco elevado a la cuarta potencia es seiscientos veinticinco.
Las banderas del mundo flamean orgullosas en el cuartel general de las Naciones Unidas.
Acciona el conmutador.
Flor era bailaora de flamenco. Era tan buena que Guillermo se podía pasar horas embelesado viéndola bailar.
Las flores son la sonrisa de la tierra.
Las flores atraen las abejas.
Las flores se desabrochan.
¡Céntrese!
Síguelo.
Sígueme y no tengas miedo.
Sígueme, que te enseño el camino.
Sígueme en Instagram si quieres, mi nombre de usuario es tatoebamaniac1002xyz.
"El fútbol nunca ha sido un muy buen negocio para los propietarios de los clubes hasta hace algunos años. El Manchester United, el Manchester City, el Real Madrid, casi cada club en Europa y en el mundo, tiene una deuda enorme. Pero los grandes clubes tienen una deuda mayor porque tienen más salarios que pagar. Dependen más de las audiencias", dijo García a VOA.
El fútbol es más popular que el tenis.
El fútbol es mi deporte preferido.
Para detectar drogas o explosivos ocultos, no hay tecnología que iguale a la nariz de un can.
Durante dieciocho años, Tove pasó todos los veranos en una isla remota del archipiélago finlandés.
Los extranjeros reciben un tratamiento especial en ese país.
Perdone, pero no tengo cambio.
Perdóname amor mío.
Perdónalos, porque no saben lo que hacen.
Perdona a tu enemigo, pero recuerda el nombre de ese bastardo.
Por Dios, dime la verdad.
Para él, cada día es una fiesta.
A él, siempre le entra por un oído y le sale por el otro.
Para mí es como nuestro hijo.
Esto no es un problema para mí.
Para mi clase de francés, escribimos una carta a nuestros yos futuros.
Por rescatarme, voy a concederte un deseo.
Por motivos de seguridad, no utilices la misma contraseña en distintos sitios.
Durante varios meses después del robo los ladrones trataron de no llamar la atención.
Durante varios meses después del robo los ladrones trataron de pasar desapercibidos.
Por alguna razón, me siento más vivo por la noche.
Durante el primer mes después del accidente ella sólo podía tomar líquidos con pajita.
Por primera vez en mi vida siento remordimiento, pero no había otra salida.
Para que sepan, solo somos amigos.
Por ahora debemos otorgarle el beneficio de la duda.
Por suerte, ninguno de los pasajeros resultó herido.
Afortunadamente, el tiempo era bueno y pudimos comer fuera.
La fortuna le sonrió.
¿Cuarenta euros por una bufanda? ¿No tiene algo más barato?
Los cimientos mantienen la estructura del edificio.
Cada segundo nacen cuatro bebés en el mundo.
Cuatrocientos cincuenta y seis (456) es un número de tres cifras.
Murieron cuatro soldados y doce civiles.
Los zorros comen gallinas.
Francia queda en Europa Occidental.
Francia estaba en guerra con Rusia.
Francamente, no tuve suficiente confianza para invitar a María a almorzar conmigo.
Sinceramente, no me gustas.
Francamente, creo que Tom es un buen jefe.
El dinero fácil siempre tiene un precio.
Francés es una optativa.
El francés es difícil, ¿no crees?
El francés es difícil, ¿no crees?
La frescura es nuestra máxima prioridad.
Freud fue un pensador original.
Los amigos son personas con las que puedes pensar en voz alta.
Las ranas no tienen cuello.
Desde aquí a la estación de tren hay un paseo de media hora.
Desde aquí a la estación de tren se tarda unos tres minutos.
Desde lo alto, el águila se lanza hacia su presa, la captura con sus garras y vuela de regreso al cielo.
Por su acento, supongo que ese hombre es escocés.
De ahora en adelante voy a hablar en español.
De ahora en adelante déjanos estudiar por las mañanas.
Desde un punto de vista práctico, su plan no es fácil de llevar a cabo.
¡Que Dios te oiga!
Pinche puta.
¡Jódete!
Jode a tu madre.
¡Tomátela!
Investigaciones más profundas ofrecerán muchas oportunidades para obtener más conocimiento valioso acerca del océano.
El ajo destruye las células cancerosas y previene su desarrollo.
Calibradores se utilizan para medir el espesor del alambre.
El matrimonio gay es legal acá.
General Motors despidió a 76.000 trabajadores.
La hermana de Jorge me preparó un par de sándwiches.
Alemania se encuentra en Europa Central.
Los microbios pueden provocar enfermedades.
¡Retrocedan!
Abajo.
Vístete rápido y ven conmigo.
Vístete rápido y sígueme.
Atrápalos antes que te atrapen.
Haz que todos entren.
Súbete al bote.
Metete en el auto y esperame.
¡Lárgate! Y ¡no me vuelvas a tocar!
Sal de aquí antes de que Tom te pegue.
Salga de aquí antes de que Tom le pegue.
Salgan de aquí antes de que Tom les pegue.
Salid de aquí antes de que Tom os pegue.
Sal de mi vista.
Prepárate para abrir las puertas.
Duerme un poco, ¿vale?
Mañana levántate un poco más temprano.
¡Levántese!
Saca tu mente fuera de la cuneta.
Coge tus cosas.
Dame un minuto.
Dame un pedazo de esa cosa de ahí para que pueda probarla.
Las niñas son más románticas que los niños.
Las niñas no son bienvenidas.
Las niñas maduran antes que los niños.
Dé ejemplos.
Dale una mano y él se toma el pie.
Déle recuerdos de mi parte.
Otórgale el beneficio de la duda.
Entrégale el mensaje en cuanto regrese.
Dame un respiro.
Por favor, dame un respiro.
Dame un par de días.
Deme usted un vaso lleno de agua.
Déme candela para encender el cigarrillo.
Dame una tiza.
Dame un pedazo de esa cosa de ahí para que pueda probarla.
Dame un shawarma y una coca cola de dieta.
Dame pan y dime tonto.
Deme la mitad.
Devuélveme mi dinero, Yanni.
Dame mi dinero, Yanni.
Dame algo con que escribir.
Dame algo para escribir.
Dadme la pelota.
Dame el micrófono.
Dame la pala.
Dame tres trozos de tiza.
Dame crema dental de comer.
Dame crema dental para comer.
Dame dos camisetas de las negras.
Dame dos tizas.
Dame tus llaves.
Dame tu cuchillo.
¡Dame tu almuerzo, nerd!
Dame tu pasaporte, Tom. Lo guardaré en la caja fuerte.
Mandale saludos a Tomás de mi parte.
Da una oportunidad a la paz.
Dale un cacho de carne al perro.
Dale a Tom este libro.
Danos un poco de privacidad, ¿puede ser?
Glasgow está a unos 550 km al noroeste de Londres.
Gloria al Padre, al Hijo y al Espíritu Santo.
Adelante, den a Estados Unidos todo el dinero que se han ganado.
Siga derecho hasta el final de la calle.
Vete. No eres bienvenido aquí.
Dios lo hizo.
Dios es infalible.
Dios ha ordenado que todo hombre ha de morir.
Dios escuchó mis oraciones.
Dios siempre tiene la razón.
Dios siempre está con el batallón más fuerte.
Dios es omnipresente.
Dios es omnisciente.
Dios está en lo alto.
Dios te ama y tiene un maravilloso plan para tu vida.
Dios tal vez no juegue a los dados con el universo, pero algo extraño está pasando con los números primos.
Hazlo y no te reprimas.
Vete a casa, Yanni.
Ve a lamer un árbol.
Voy a hacer que lo entiendas.
Los buenos artistas copian, los grandes artistas roban.
Bien, pero lo puedes hacer mejor.
Chao.
Adiós extraño, ha sido agradable.
El bien no es solo la ausencia del mal.
¡Buen trabajo a todos!
Que tengas buena suerte para encontrar una cabina telefónica aquí.
¡Buenos días, cielo azul!
¡Buenos días!
"Buenos días." "Café."
La buena música nunca pasará de moda.
Buenas noches y dulces sueños.
Buenas noches. Que sueñes con los angelitos.
Buenas noches, Tatoeba.
Buenas noches, Tom.
"Buenas noches, Tom." "Buenas noches, Mary."
Gente buena puede encontrarse en cualquier parte.
Los buenos a veces apoyan cosas malas con buenos motivos.
Los estados buenos no existen.
Me alegro de verte, Tom.
Vete a casa.
Ve adentro.
Sigue sin mí.
La pata de gallo es una planta que se propaga con rizomas.
Ve recto.
Ve y dile buenas noches a papi.
Ve allí conmigo.
¡Vete a dormir, amigo!
Andate a dormir ahora.
Dirígete a la recepción para solicitar información.
Dirígete a la recepción para solicitar información.
¡Hazte con todos!
Se levantó a las seis y se fue a las siete.
Id pues, y haced discípulos de todas las naciones, bautizándolos en el nombre del Padre y del Hijo y del Espíritu Santo.
Grace todavía no ha venido.
La abuela fue al mercado a comprar comida para la familia.
La gravedad liga los planetas al Sol.
Los grandes hombres no son siempre sabios.
Grecia y Serbia quieren destruir Albania.
Grecia es el mayor enemigo de Albania.
Al té verde lo vuelvo pipí en segundos.
Saludos desde México.
Muela usted este café muy finamente.
Envejecer es obligatorio. Crecer es opcional.
Adivina qué me pasó.
¡Adivina a quién he conocido hoy!
¡Adivina a quién me he encontrado hoy!
Adivina de quién es esta carta.
Adivina de quién es esta carta.
Chicos, me tengo que ir.
Si me hubiera dado cuenta de lo que tramabas, no lo habría concedido.
¿No sería mejor que nos fuéramos ya?
¡Salve, César, los que van a morir te saludan!
Hanako resultó ser una persona sorprendentemente buena.
¡Manos arriba!
Pásame el cuchillo.
Espera un poco hasta que esté listo.
Afírmate que se vienen baches.
Janucá empieza el 25 de kislev y acaba el 2 o el 3 de tevet.
Feliz retraso.
¡Feliz Día sin Compras!
Feliz Pascua.
¡Feliz día de la independencia!
¿Se ha suicidado alguien cercano a ti?
¿Alguna vez te han dicho que roncas cuando duermes?
¿Alguien te ha dicho alguna vez que dejas de respirar cuando estás dormido?
¿Ya llegó él?
¿Él se está entrenando últimamente?
¿Ya ha terminado los deberes?
¿Esto te ha ocurrido a ti?
¿Ha estado Tom haciendo sus labores?
El matrimonio precipitado rara vez tiene éxito.
Toma una rosquilla.
¡Que tengas una gran clase!
Confíen.
Tened fe.
Ten fe.
Pásala bien.
¿No has hecho nada en todo el día?
¿Ya han regado los lirios?
¿Ha habido muchos brotes del sarampión?
Haz que me llame Tom.
¿Te han puesto ya la vacuna contra la COVID-19?
¿Alguna vez te han diagnosticado de un soplo cardiaco?
¿Te han diagnosticado de un enfisema?
¿Llevas mucho aprendiendo latín?
¿Te dijeron cuándo tienes que venir?
¿Has ido al corazón de la Europa?
¿Has estado vomitando recientemente?
¿Te decidiste?
¿Has decidido dónde vas a ir a estudiar al extranjero?
¿Has decidido a quién vas a votar?
¿Has comido algo nuevo últimamente?
¿Ya ha cenado?
¿Has intentado autolesionarte alguna vez?
¿Alguna vez te ha traicionado un buen amigo?
¿Te han diagnosticado de un problema cardiaco alguna vez?
¿Te han diagnosticado alguna vez de una discapacidad del aprendizaje?
¿Te han diagnosticado alguna vez de un trastorno convulsivo?
¿Alguna vez te han diagnosticado de asma?
¿Te han diagnosticado alguna vez de diabetes?
¿Te han diagnosticado de hemofilia alguna vez?
¿Te han diagnosticado de hepatitis alguna vez?
¿Te han diagnosticado de hipertensión arterial alguna vez?
¿Te han diagnosticado de VIH alguna vez?
¿Te han diagnosticado de un fallo renal alguna vez?
¿Te han diagnosticado de problemas tiroideos alguna vez?
¿Te han diagnosticado de úlceras alguna vez?
¿Has sido feliz alguna vez?
¿Te han hospitalizado alguna vez por una bronquitis o una neumonía?
¿Te han hospitalizado alguna vez en un hospital psiquiátrico?
¿Te han intubado alguna vez por un ataque de asma?
¿Alguna vez has salido en televisión?
¿Te han hecho alguna vez la prueba de la tuberculosis?
¿Has venido alguna vez a Italia antes?
¿Usted ha estado alguna vez en Kobe?
¿Has sido tratado alguna vez de una infección de vejiga?
¿Te han tratado alguna vez de una infección en el tracto urinario?
¿Te han tratado alguna vez de abuso de drogas o de alcohol?
¿Te han tratado de tuberculosis?
¿Alguna vez has tenido una herida de bala?
¿Has construido alguna vez una casa?
¿Has tenido alguna vez dolores torácicos?
¿Alguna vez te has caído de una escalera?
¿Alguna vez te has sentido abandonado por Dios?
¿Te has sentido deprimido alguna vez durante la mayor parte del día durante catorce días consecutivos?
¿Alguna vez estuviste embarazada?
¿Alguna vez te has quedado atrapado en el ascensor?
¿Has tenido alguna vez un desprendimiento de retina?
¿Ha tenido alguna vez una lesión en la cabeza?
¿Alguna vez has tenido una experiencia extracorporal?
¿Has tenido alguna vez alguna complicación en anteriores embarazos?
¿Has tenido alguna vez este problema?
¿Ha oído alguna vez a alguien hablar en esperanto?
¿Has besado a alguien en público alguna vez?
¿Alguna vez has alquilado un coche?
¿Alguna vez has visto una paloma bebé?
¿Alguna vez has visto a un ciego nadar? Seguramente él tampoco.
¿Alguna vez has visto una criatura feérica?
¿Alguna vez has puesto una trampa para osos?
¿Alguna vez te has hecho mechas en el pelo?
¿Alguna vez te has bañado con la ropa puesta?
¿Alguna vez has tomado unas vacaciones?
¿Alguna vez has querido vivir en otro lugar?
¿Alguna vez has querido vivir en el Caribe?
¿Has experimentado dolor de cuerpo recientemente?
¿Has sentido nauseas últimamente?
¿Has experimentado dificultad para respirar recientemente?
¿Has experimentado síntomas de abstinencia en el pasado?
"¿Ya lo terminaste?" "Por el contrario, sólo estoy empezando."
¿Ya terminaste de leer ese libro?
¿Habéis olvidado la contraseña?
¿Ya encontraste a Tom?
¿Has ido al extranjero?
¿Se te ha ido la olla?
¿Tienes algo de tiempo libre?
¿Ya te has mudado a tu nueva casa?
¿Habéis olvidado la contraseña?
¿Has tenido últimamente algún dolor abdominal?
¿Has tenido alguna secreción en los pezones?
¿Has tenido picazón, erupciones o sequedad en alguna parte del cuerpo?
¿Ha tenido algún problema con su próstata?
¿Has tenido tos persistente en los últimos días?
¿Has tenido dolores torácicos últimamente?
¿Has tenido dolores de cabeza persistentes recientemente?
¿Habías oído algo así antes?
¿Has salido del país en los últimos 30 días?
¿Has salido del estado en los últimos catorce días?
¿Ya te juntaste con él?
¿Has notado cambios en el tamaño o el color de los lunares?
¿Has notado algún cambio en el pelo o en las uñas?
¿Se ha notado algún bulto en sus pechos?
¿Has cambiado últimamente de jabón o de detergente para la ropa?
¿Has sentido recientemente palpitaciones o has notado que tu corazón se aceleraba?
¿Has sentido algún dolor o rigidez inexplicable en el cuello?
¿Has tenido recientemente algún mareo o aturdimiento inexplicable?
¿Has tenido recientemente una hinchazón inexplicable en los brazos o las piernas durante los períodos de inactividad?
¿Ha visto a otros médicos por este problema?
¿Has visto mi botella?
¿Has visto a mi hermano?
«¿Has visto mi cámara de fotos?» «Seguramente la habrás dejado en el coche.»
¿Las habéis visto?
¿Has visto a Tom? No está en su habitación.
¿Has tomado medicamentos para la disfunción eréctil en las últimas veinticuatro horas?
¿Se lo dijiste a tus padres?
Después de fracasar cuatro veces, él no lo intentó más.
No me queda bien el pelo largo.
Tener seres queridos y apoyo para tus esperanzas y sueños es la clave de la felicidad.
El hawaiano tiene muy pocos sonidos consonánticos.
Hawái es llamada a menudo "la perla del pacífico".
Él abusó de mi confianza.
Él abusa de su autoridad.
Él aceptó mi regalo.
Me acusó de mentiroso.
Él se portó como un idiota.
Él actúa como la bruja malvada en los cuentos de hadas.
Él le aconsejó dejar de beber.
Él también sabe que es de buena educación ceder el asiento a los ancianos.
La salud es mejor que la riqueza.
No se valora la salud hasta que viene la enfermedad.
De postre siempre tomaba fruta.
Hizo unas preguntas pertinentes.
Preguntó por ti anoche.
Él me preguntó si sabía hablar inglés.
Él me pidió que te comunicara sus deseos.
Él me pidió que le escriba una carta de amor en árabe.
Me preguntó si me gustan las matemáticas.
Le pidió a Tom que tocara la guitarra.
Él comió arroz dos veces al día por muchos años.
Él comió con el apetito de un animal.
Calienta el horno a 220° C. Mientras tanto, cuece a fuego lento las manzanas con jugo de limón y agua en una cacerola grande hasta que estén blandas.
Él se convirtió en un actor famoso.
Él se convirtió en un exitoso abogado.
Se volvió Cristiano.
Después de su muerte se hizo famoso.
Maduró con los años.
Él se ha hecho rico.
Él comenzó a ser un problema.
Empezó a sentir miedo.
Él me imploró que me quedase.
Él cree en Dios.
Él te traicionó.
Mordió más de lo que podía masticar.
Él arruinó el trato.
Compró una caja de dulces.
Compró un auto rápido.
Compró un pasaje a París.
Él compró la tierra con la intención de levantar su casa en ella.
El hebreo es el idioma judío original.
El hebreo fue el primero idioma judío.
Él rompió todos mis discos.
Él se abotonó el abrigo antes de salir por la puerta.
Se llamaba a sí mismo un Edison japonés.
Él vino y cenó con nosotros.
Él volvió nuevamente.
Él volvió a las cinco.
Él regresó por primera vez a Japón en ocho años.
Llegó en autobús.
Vino en coche.
Cayó enfermo de gripe.
Vino de muy lejos.
Él llegó en el quinto lugar en la carrera.
Él vino en persona.
Él vino muy rápido.
Él vino a Nueva York para buscar trabajo.
Él vino a los irlandeses con todos los símbolos de un apóstol, y cuando la gente le pidió que explicara la Santísima Trinidad, él se acercó al suelo y cogió un trébol.
Él vino a Tokio en busca de empleo.
También habla francés.
Él también puede hablar ruso.
Él puede venir.
Él puede sentir tus caricias.
Igual que los peces, él puede flotar.
Él no puede haber hecho eso solo.
Él puede leer inglés fácilmente.
Él habla cinco idiomas.
Él sabe hablar ruso.
Él no puede estar sin cerveza ni por un día.
Ya no te puede lastimar.
No puede cantar.
No puede caminar más.
Llevaba un cuchillo o algo similar.
Él atrapó a un chico robando su reloj.
Me desafió a un duelo y le derroté.
Él se bajó del árbol.
Él viene de Hangzhou.
Él regresa a casa casi todos los fines de semana.
Siguió escribiendo sobre animales.
Se contiene admirablemente.
Él se convirtió al cristianismo.
Él no pudo hacer nada salvo mirar.
Él no podía respirar profundamente.
Él abrió el sobre.
Él distribuye muebles.
Él consideró que era una decisión acertada aceptar la oferta.
Él defendió a su amigo de todas las críticas.
Él exigió que tuvieran al perro salvaje amarrado.
Él negó haber dicho algo así.
Él lo negó.
Él desprecia el regalo más refinado de Dios al hombre: el don de la razón.
Él dedicó un poema entero al azul de los ojos de su víctima, el cual los dos policías leyeron en voz alta el uno al otro en medio de histéricas y tristes lágrimas.
Él hizo todo lo que pudo para rescatarla.
Lo hizo simplemente por curiosidad.
No vino hasta el mediodía.
Él no frenó a tiempo y chocó con un árbol.
No se olvidó de nosotras.
No se olvidó de nosotros.
No le cogieron.
Él no recibió inyecciones de SPR en Japón.
No abrió la boca para protestar.
No desveló su secreto.
Él no parecía estar preocupado por eso.
Él no apareció después de todo.
Se lució en el examen.
Él murió y le dejó una fortuna a su hijo.
Él murió una semana después.
Él murió el día en que llegó su hijo.
Él murió tres días después.
No le gusta el director de la escuela.
Hace una prueba del motor todos los días.
Él hace todo lo que quiero.
No hace nada más que ver todo el día la televisión.
No sabe inglés, mucho menos francés.
A él le da lo mismo el dinero.
Él no tiene idea de nada, pero sin embargo, tiene una opinión respecto a todo.
Él no tiene una pistola.
Él no tiene mucho que ofrecer.
Él no hace caso a ningún consejo.
Él no sabe que yo tengo un gato.
No sabe lo que dice.
Él no sabe quién construyó esas casas.
No le gusta bailar.
No le gusta mirar a los ojos.
No le gusta mirar a los ojos.
No le gusta correr.
No le gusta dormir.
No le gusta nadar.
No le gusta hablar.
No le gusta nadar.
No le gusta hablar.
No le gusta el vino.
No le gusta escribir.
No muestra sus sentimientos.
Él no fuma.
No ve la tele nunca.
Él bebió una taza de café.
Bebió demasiado, no sabe lo que dice.
Se secó con la toalla.
Bebe agua.
Él conduce un camión.
Él echó a los intrusos.
Él ganó dinero vendiendo periódicos.
Gana 300.000 yenes al mes.
Él se gana la vida como escritor.
Él se gana la vida tocando el piano.
Él no gana más de 50 dólares a la semana.
Él come como un puerco.
Acabó teniéndote miedo.
Él entró en mi cuarto.
Él envidiaba mi éxito.
Él tenía envidia de mi éxito.
Le explicó sus circunstancias.
Se enamora en cuanto ve a una chica de ojos verdes.
Él se siente muy feliz.
Él se quedó dormido bajo el árbol.
Él se cayó y se torció el tobillo.
Él llenó el hoyo en la pared.
Él por fin aprobó nuestro plan.
Finalmente llegó al hotel.
Él se acabó de beber una cerveza y pidió otra.
Voló a Nueva York por negocios.
Él vacilaba entre la esperanza y la desesperanza.
Nos perdonó.
Él olvidó comprar un regalo para ella.
Él luchó contra la discriminación racial.
Él encontró la puerta cerrada.
Él la halagó abiertamente.
Él con frecuencia menciona la "cuarta revolución industrial", la cual se refiere a cómo la automatización y otras tecnologías están reestructurando la forma en que los humanos fabrican productos e interactúan entre sí.
Él donó todo su dinero a la caridad.
Él dio sangre para poder salvar a su hermano
Le dio una caja.
Le dio un obsequio que le recordaría los días felices que habían vivido juntos.
Él le dio a ella un gesto de aprobación.
Le dio su palabra.
Me dio una respuesta cortante.
Él me dio un anillo a medianoche.
Él me dio lo que yo necesitaba.
Abandonó su antigua carrera para convertirse en un jugador de ajedrez a tiempo completo.
Él va allí cada día.
Él va a la escuela en bicicleta.
Va al colegio a pie.
Él va a menudo al teatro.
Lograba todo lo que quería.
Él ha recibido muchos regalos.
Se emborrachó y caminó por las calles, golpeándose en las paredes como un ciego.
Le dieron licencia absoluta del ejército.
Él se perdió mientras caminaba por el bosque.
Él se casó con Ana el mes pasado.
Él se bajó del autobús.
Se hizo esas heridas por tocar demasiado la guitarra.
Se aplanó después del fracaso.
Él le agarró la mano.
Saludó al hombre, y volvió a casa, a su normal y aburrida rutina.
Gruñía porque no le pagaban bastante.
Él tenía una gentileza que atraía a las mujeres atractivas.
Él ya lo había editado para cuando me llegó al escritorio.
Él tuvo un accidente.
Tuvo un problema al estacionar.
Él tuvo un golpe.
Él tuvo un accidente.
Él tuvo mucho que ver con ese proyecto.
Él no tenía nada que decir, así que se retiró.
Él se había cuidado.
Él tenía que alimentar a su numerosa familia.
Él tenía que encontrar otra manera.
Debía impedir la guerra.
Tiene que trabajar incluso en domingo.
Él tiene la mala costumbre de beber demasiado vino.
Él se baña todas las mañanas.
Él tiene barba.
Tiene una casa grande en la montaña.
Él tiene la capacidad de ganarse la confianza de todos.
Él tiene una voz profunda.
Él tiene una flor en la mano.
Él tiene una buena reputación.
Él tiene una polla gigante.
Él tiene toda clase de libros.
Él tiene una nariz larga.
Tiene mucha confianza en sí mismo.
Ya ha comido.
Él tiene la ambición de crearse un nombre como escritor.
Él tiene un problema de actitud.
Tiene un don natural para hablar.
Él se caracteriza por tomarse mucho tiempo para tomar decisiones.
Él ha estado haciendo ejercicio para desarrollar sus músculos.
Él ha comprado un ordenador nuevo.
Tiene zapatos cafés.
Él ha decidido pasarle su negocio a su hijo.
Ha empleado diez trabajadores.
Ha cogido unos cuantos quilos.
Se ha ido a América.
Él creció tres centímetros este año.
Él ha sido operado de la pierna izquierda.
Tiene soluciones innovadoras.
Él ha aprendido a ser paciente.
Nunca ha estado en el extranjero.
No tiene cuidado al escribir en polaco.
Él no tiene novia.
No tiene corazón en lo más mínimo.
Él no ha pagado su parte del alquiler.
No le queda ni el ánimo de reñir.
Se ha tomado tantas molestias para nada.
Él tiene la pieza grande para él solo.
Tiene el doble de libros que yo.
Él tiene dos hijos, que todavía no van a la escuela.
Tiene los dientes blancos.
Él odiaba mentir.
Él se enteró del rapto por ella.
Él me ayudó a cargar la maleta.
Ayudó a mejorar las condiciones de vida de los trabajadores.
Él se ocultó en un barril.
Él me regresó el golpe.
Le pegó a la pelota con su raqueta.
Tiene acciones en esta compañía.
Colgó el póster en la pared con cuatro chinchetas.
Él colgó antes de que pudiera decir nada.
Él cogió el teléfono.
Él se apresuró para no perder el tren.
Él se lastimó su pie izquierdo al caer.
Me hizo daño a propósito.
Él sabe hablar diez lenguas.
Él está a punto de ir a Londres.
Él está sobre mí.
Él es un niño y ella es una niña.
Es conductor de autobús.
Él es un chico astuto.
Él le teme a los perros.
Tiene miedo de ir en avión.
Es bueno para ese trabajo.
Él es un buen violinista.
Él es un hombre celoso.
Él es muy famoso en Japón también.
Siempre está preparado.
Él siempre tiene razón.
Él siempre está alardeando.
Él siempre está dispuesto a ayudar a los demás.
Él es un entusiasta espectador de teatro.
Él es un sinvergüenza.
Él es un hombre sencillo.
Él tiene la misma edad que yo.
Él es igual de alto que su padre.
Es un maestro fuera de lo común.
Es un hueso duro de roer.
Él es muy quisquilloso para comer.
Es camarero y también actor.
Él está despierto.
Él es mejor que yo para las matemáticas.
Él es capaz de correr una milla en cuatro minutos.
Él tiene confianza en sus capacidades.
Él se considera enfermo.
Él está considerado como un empleado altamente cualificado.
Él está comiendo.
Va a empezar mañana.
Es feliz.
Él está cenando.
Él está celoso de su talento.
Él es amable.
Es conocido como cantante de rock.
Él es perezoso.
Es menos impaciente que su padre.
Seguramente él llegará tarde a la escuela.
Es probable que él venga.
De momento está viviendo en un departamento.
Está tumbado en el sofá.
Él está loco por ti.
Él es más suertudo que astuto.
Él es mucho más viejo de lo que parece.
Él es mi hermano, no mi padre.
Él es mi compañero de clase.
Es mi hijo, sangre de mi sangre.
Él es un guarro.
Él no es poeta, sino novelista.
No se engaña a aquel que sabe que está siendo engañado.
No está aquí.
Él no es menos listo que su padre.
Él no tiene la edad mínima para votar.
No tiene sueño.
Él no es tan tonto que no sepa.
Él no lleva puesto un sombrero.
Él no está en casa, ¿verdad?
Él no es el tipo de persona que robaría.
Él falta a clase a menudo.
Él es tres años mayor que ella.
Él es uno de los estudiantes más populares de la clase.
Sólo es un niño.
Él se opone al nuevo plan.
Tiene sobrepeso.
Él planea quedarse en casa esta noche.
Él juega un papel importante en nuestra organización.
Él es sumamente cortés.
Es pobre, pero no se preocupa por el dinero.
Él está poseído por la ambición de gobernar el mundo.
Él es puntual y discreto en sus deudas.
Él es puntual.
Él está leyendo un libro.
Sus demandas son razonables.
Él es responsable de eso.
Se dice que ha pasado algunos años en España.
Él está navegando un pequeño bote en el agua.
Es hábil con la artesanía.
Él es tan feliz.
Él es tan desalmado.
Él trabaja duro para convertirse en abogado.
Él es mejor que ella en matemáticas.
Él está seguro de que vendrá.
Él está seguro de su éxito.
Él es sospechoso de robo.
Él es más alto que todos los otros chicos.
Él es el bebé de la familia.
Él es el último hombre en hacer semejante cosa.
Él es la viva imagen de su padre.
Él está demasiado cansado para estudiar.
Normalmente es directo y sincero, y así consigue ganarse la confianza de aquellos que le conocen.
Él es un hombre muy peligroso.
Él es muy malo inventando excusas.
Es muy amable conmigo.
Está muy triste.
Es, sin duda, un joven muy talentoso.
Él es, sin lugar a duda, el mejor hombre para el trabajo.
Él entró al equipo contrincante.
Él acaba de trasladarse a un departamento que heredó de sus padres.
Él solo quiere atención.
Tiene un diario de sueños al lado de la cama para no olvidar los sueños que tiene y después analizarlos.
Él se mantuvo en el trabajo todo el día.
Permaneció en silencio durante la comida.
Él la besó.
Él sabe cómo hacer enojar a su hermana.
Él sabe cómo conducir un camión.
Él sabe como tocar el piano.
Sabe tocar el piano.
Él sabe silbar.
Sabe que sé que lo sabe.
Él no conoce a ninguno de sus dos hermanos.
Sabe lo que quiere.
A él le falta motivación.
Se rió a pesar de él.
El que ríe el último ríe mejor.
Se va al colegio a las siete.
Él llevó una vida de lujos.
Dejó un gran legado a la Fundación Mozilla.
Él dejó que lo besara.
Me mintió, por lo que estoy enojada con él.
De niño le encantaba trepar a los árboles.
A él le encanta su escuela.
Le gusta el jazz, y a mí también.
Le encantan las naranjas.
Le gusta jugar al fútbol.
Le gusta la rutina y se preocupa por los cambios.
Le gusta el deporte tanto como el estudio.
A él le gusta sentarse y jugar videojuegos todo el día.
Le gusta vivir en Tokio.
A él le gusta jugar fútbol con sus amigos.
A él le gusta viajar solo.
A él le gusta la cultura occidental.
Él vivió en el extranjero por muchos años.
Él vivió y murió en el anonimato.
Vivió en una casa lejana del pueblo.
Él vivió en España, creo.
Él vivía allá por sí solo.
Él vive en una gran ciudad en el sur de España.
Vive en una casa lejos del pueblo.
Él vive en una casa grande.
¡Infierno y condenación!
Ahora será capaz de hacerlo él solo.
Estará grogui durante otro par de horas hasta que se pasen los efectos del medicamento.
Él vendrá a mediodía.
Te ayudará si se lo pides.
¡Hola otra vez!
¡Hola!
¡Hola! ¿Cuántos de vosotros estáis allí?
Hola, tengo una reserva, mi nombre es Kaori Yoshikawa. Aquí está la tarjeta de confirmación.
¡Hola! Soy un nuevo usuario.
Hola, ¿está el señor Freeman?
Hola, soy yo, ¡Nancy!
“¡Hola, Caperucita Roja!” “¡No te me acerques! Te conozco, ¡eres el lobo y quieres comerme!” “Tienes razón, soy el lobo, como puedes ver claramente, ¿pero no te enseño tu madre a no ser prejuiciada?”
Oiga, ¿me pasa con el Sr. Johnson, por favor?
Hola, mi nombre es John Reindle. Trabajo en la Embajada Americana de Praga.
Hola, me llamo Tim.
Pasará un tiempo en la cárcel.
Él guardó las joyas en la caja fuerte.
Ansía formar parte de la comunidad de los ricos.
Lo miró de arriba abajo.
Él alzó los ojos al cielo.
Parece un poco cansado.
Él está un poco pálido.
Él luce muy vigoroso, considerando su edad.
Perdió los estribos y me empezó a llamar cosas.
Él perdió la paciencia y pegó al niño.
Él perdió de vista al pájaro.
Ama cantar.
Él ama apasionadamente el teatro.
Adora los trenes.
A él le encanta escribir artículos para Wikipedia.
Ayudar a los demás nunca es una pérdida de tiempo.
Ayúdame a abrir esta ventana.
¡Socorro! ¡Mi teléfono es más listo que yo!
Ayuda a Tom.
Él hizo una gran fortuna durante su vida.
Él pidió disculpas.
Se disculpó con nosotros por haber llegado tarde.
Se burló de nuestra ignorancia.
Él hizo felices a sus padres.
Lo logró.
Me hizo enfadarme tanto que me dio dolor de cabeza.
Él se casó con una azafata.
Conoce a extranjeros durante sus viajes.
Conoció a muchas personas fascinantes en el curso de sus viajes.
Él podría por lo menos disculparse.
Puede que esté borracho.
¡Él podría hacerlo!
Él debe estar loco para actuar así.
Tiene que estar loco para hablar así.
Él se salvó por poco de ser atropellado.
Él necesita gafas.
Necesita leche.
Nunca bebe alcohol.
Él nunca falla en venir a verme todos los días.
Nunca se olvida de pagar la cuenta.
Jamás cedió a la tentación.
Nunca cedió a la tentación.
Él nunca va en contra de sus padres.
Él nunca miente.
Él a menudo falta a clases los lunes y los sábados.
Él conduce a menudo el coche de su padre.
Él a menudo va conduciendo a la biblioteca.
Él va a menudo al teatro.
Él solo come fruta.
Solo se quita la mascarilla para comer y beber.
Solo escribe la verdad.
Él pesa 10 kilos más que yo.
Debe su éxito a sus padres.
Él posee esta tierra.
Él empacó su almuerzo en una bolsa de papel.
Él pintó un perro.
Pintó la puerta de azul.
Él pinta iconos.
Él pela su manzana.
Él le telefoneó a ella tan pronto como llegó a casa.
Él despilfarró su herencia en copete y mujeres fáciles.
Él jugaba un rol importante en el comité.
Él jugó golf todos los días durante sus vacaciones.
Mañana jugará al béisbol.
Se tiró de cabeza al agua.
Él me prometió venir a las cuatro.
Él promete no beber más.
Él les proveyó comida.
Él apoyó la nariz contra la ventana.
Él puso una pizca de sal al huevo cocido.
Metió los dados en el cubilete y lo agitó con fuerza, necesitaba un cinco para ganar la partida.
Él dejó las llaves sobre la mesa, como de costumbre.
Puso la llave encima de la mesa.
Él citó un pasaje de la Biblia.
Corrió tan rápidamente que se encontró sin aliento.
Su respuesta fue lacónica.
Su atractivo no es inmediatamente obvio.
Su belleza lo encantó.
Su comportamiento es consistente con sus palabras.
Su sangre escurría por su pecho.
Sus zapatos azules combinan bien con esa falda.
Sus libros se venden muy bien.
Su novio es muy educado.
Su auto se averió en el camino.
Su auto puede ser más agradable de conducir, pero también le cuesta más la manutención.
Su valentía era como la de un hombre, y en vestidura masculina sirvió a bordo como marinero.
Su hija se convirtió en una bella mujer.
Su debut fue el evento social más grande de la temporada.
Su perro no es muy rápido.
Él alcanzó su guitarra.
Él alcanzó su bolígrafo.
Él alcanzó su pinta.
Él lee antes de dormir.
Leyó el libro ayer.
Leyó esta poesía sólo una vez, no puede saberla de memoria.
Él cumplió su ambición de navegar por el mundo.
Le re cabe.
Aquí están los documentos que pedías.
Recibió un trato muy duro.
Él recibe un gran salario.
Se restableció poco a poco.
Tomad, bebeos esto.
Él se negó a ejercer autocontrol.
Se niega a aceptar que es viejo.
Él lamentó no haber seguido mi consejo.
Acá estoy.
Tu recompensa.
Él me recordó que no olvidara mi pasaporte.
Aquí los errores son el alma del diálogo.
Se sacó las medias mojadas.
Él devolvió el libro a la estantería.
Esta toalla es para ti.
Él me respetó.
Él volvió a casa tras haber estado fuera durante diez meses.
Él se vengó.
¡Aquí estamos!
Aquí vamos.
Aquí, lo que Tom dice, va.
Sus ojos estaban llenos de tristeza.
Su familia arrastraba un historial de enfermedades genéticas que se remontaba a muchos siglos atrás.
Su papá se llama Carlos Antonio y su novio, Carlos Miguel.
Sus notas mejoraron significativamente.
Su abuela es una dama encantadora.
Su salud tuvo una caída.
Su marido tiene una tos terrible.
Su marido vive en Tokio ahora.
Su amabilidad me conmovió.
Su biblioteca se compone de 3500 ejemplares e incluye muchas primeras ediciones.
A ella le han robado el móvil.
Su madre está escribiendo una carta.
Su madre trató de destetarlo.
Siempre se me escapa su nombre.
Su sobrenombre era Quijada o Quesada.
Su novela ha sido traducida al japonés.
El único objetivo de ella en la vida era hacerse rica.
Sus padres me querían.
Su paciencia se ha agotado.
Su paciencia está agotada.
Sus poemas subvierten la narrativa dominante de una "civilización occidental".
Su pieza es muy chica.
Su historia no puede ser cierta.
Al final él se arruinó su salud.
Él reinó con justicia su reino.
Su voz evoca el sonido de la carretera.
Él es un mal mentiroso.
Es un hombre ocupado, así que la única forma que tienes de contactar con él es por teléfono.
Os acusa de chantaje a ti y a tu hermano.
Él es un mentiroso compulsivo.
Tiene miedo de él.
Él dijo que había olvidado su cartera en casa.
Dijo que me extrañaba.
Dijo que había dejado su billetera en casa.
Dijo que temía que lloviera.
Él dijo que tenía hambre, y que quería ir a casa a cenar.
Él dijo que ella tenía mucha hambre.
Él ya lleva demasiado tiempo en el baño.
Siempre anda metido en chanchullos.
Está siempre bromeando.
Siempre está aprendiendo algo nuevo.
Siempre le han gustado las mujeres.
Él siempre está leyendo cómics.
Él es un hombre al que todos respetamos.
Él es un hombre enérgico.
Él es un hombre paciente.
Es piscis.
Es catedrático en la Universidad Nacional.
Él es muy bocón.
Es un chico listo.
Es un demagogo intransigente y terco.
Él estaba sentado en su escritorio con los ojos cerrados.
Se sentó en el último peldaño de la escalera a esperar a su amiga.
Es un hombre de gran capacidad para los negocios.
Es muy trabajador.
Es una persona sincera.
Él vio a un antiguo amigo la semana pasada a quien no había visto en años.
Él vio la sorpresa en mi cara.
Dice que los extraterrestres lo abdujeron.
Él recibió en una ocasión una medalla de oro.
Ha estado pensando en ello todo el día.
Ha estado trabajando en un arma secreta.
Él es más inteligente que ellos.
Verdaderamente es espléndido con su dinero.
La retó.
Él está bebiendo zumo de manzana.
Parece enfadada.
Él viene poco a verme.
Él, raras veces o nunca va al barbero.
Vende aparatos de radio.
Él devolvió la carta sin abrirla.
Él es de un pueblo pequeño.
Le da por exagerar cada vez que tiene una nueva idea.
Ahora va a ser capaz de hacerlo él solo.
A él le va a encantar esto.
Pasará un tiempo en la cárcel.
Él se está escondiendo.
¡Qué cara más dura! ¡Hizo un piscinazo, se acercó cojeando al árbitro y, una vez que le hubo sacado la roja al jugador del otro equipo, se fue caminando tan normal!
Él compartió su sopa conmigo.
Él comparte una habitación.
Está enamorado hasta la médula.
Él es honesto hasta la médula.
Dispara.
Él debería llegar a tu casa en una hora.
A estas horas debería haber vuelto.
Él gritó "¡fuera!".
Él se interesó por la tsabuna cuando tenía cuatro años.
Él me mostró la zona.
Me enseñó la cámara que se había comprado el día antes.
Él está en aquella habitación.
Huye de Málaga y cae en Malagón.
Es solo un farmacéutico.
Está botado.
Él está aprendiendo alemán.
Él se va a China mañana.
Duerme con los ojos abiertos.
Él se resbaló en una cáscara de plátano.
Te está mirando.
Busca su cámara de fotos.
Él tiene suerte de que nadie le viera hacerlo.
Está haciendo una tormenta en un vaso de agua. Ese error mecanográfico no es tan grave como él dice.
Él me sonríe amistosamente.
Hace tiempo que no viene.
No es capaz de hacer nada solo.
No te va a hacer daño.
No te va a lastimar.
Él ya no está en tu vida.
No es mi hermano.
Él no es mi padre.
Ya no se está leyendo tanto como se solía.
No es inteligente.
Él no es el mismo tipo de antes.
No está conmigo.
En ocasiones él prepara la cena para nosotros.
Es solo un farmacéutico.
Él escupió.
Él habla inglés mejor que yo.
Él habla bien japonés, pero yo no sé hablar alemán.
Él habla náhuatl con su familia.
Él habla varios idiomas.
Él habla muy rápido.
Él está pelando un huevo.
El hablaba inglés pero su mujer, no
Habló en bereber.
Él habló demasiado rápido para los estudiantes.
Él es popular entre los alumnos.
Él está haciendo pucheros.
Está preparado.
Probablemente él esté viendo la tele.
Es rico, ¡no necesita dinero!
Él es rico, alto y famoso.
Él es rico, sin embargo antipático.
No le llega agua al tanque.
Él es un monstruo.
Él es un gran cretino sinvergüenza.
Él es alto y musculoso.
Él es más alto que yo.
Es el mejor jugador en la historia del club.
Él es la persona más floja que conozco.
Él es el hombre de la casa.
Él tiene tres años más que mi padre.
Él todavía dice que no hizo nada malo.
Él robó dinero de su billetera.
Él se apoyó contra la pared con las manos en los bolsillos.
Él se quedó parado al lado mío sin siquiera ayudar.
Él se paró para ver mejor el juego.
Se paró con sus manos temblando de ira.
Él dejó de trabajar para poder estudiar.
Está intentando hacer lo que puede.
Estudió mucho para convertirse en científico.
Él estudió el vuelo de los pájaros.
Tuvo éxito en la aplicación de vapor a la navegación.
Él es muy generoso, así que vayamos con él.
Él es muy sensiblero.
Él nadaba hasta no poder nadar más.
Es joven y ambicioso.
Él es tu hijo.
Él habló conmigo hace media hora.
Habló conmigo hace media hora.
Él me habla mucho.
Él habla con tanta desfachatez.
Él me dio todos los detalles.
Me dijo que quería dejar la compañía.
Me dijo que él estaba ausente.
Me dijo que él se había ido.
Él me dijo que no condujera demasiado rápido.
Dijo lo que vio.
Él hizo una tonificante caminata a lo largo de la orilla del río.
Tomó una foto del precioso paisaje.
Él me tomó por mi hermano gemelo.
Él participó en una gran estafa.
Él tomó el bus equivocado por error.
Él tocó su cabello.
Me tocó el hombro.
Él viajó por toda Europa.
Él viajó con su familia a Hawai.
Él me trata como si yo fuera un extraño.
Él me pisó el pie a propósito en el tren.
Él se volteó.
Él ha rechazado mi oferta.
Él apagó el televisor.
Él me desnudó con sus ojos.
Usaba un DNI falso.
Él usó mucha miel.
Pasaba horas estudiando francés.
Él valoró el consejo del profesor.
Me esperó hasta que llegué.
Caminaba a paso rápido.
Él caminó ayer por el parque.
Él salió por la puerta y nunca regresó.
Él quiere tarta, pero no la necesita.
Él quiere que vaya con él.
Él quiere que lo ayude.
Quiere leche.
Él quiere ser doctor en el futuro.
Le gustaría ser policía en el futuro.
Quiere dárselo a Jack.
Quiere ponerme celosa, pero no puede.
Le gustaría probar tu nueva bicicleta.
Él quiere que vengas a casa.
Estaba a punto de salir cuando sonó el teléfono.
Ayer él no fue a la escuela.
Él fue un líder forzado.
Era un antiguo profesor universitario e investigador.
Él tenía miedo de que se rieran de él.
Él era un buen rey.
Fue un rey bueno.
Era uno de los dirigentes de la clase trabajadora.
Él también era sordo.
Él siempre estaba listo para ayudar a las personas en problemas.
Él fue nombrado ministro de finanzas.
Él estaba apenado de interrumpirte.
Él era grande, lento y silencioso.
Él estaba calmado ante el peligro.
Se notaba que estaba avergonzado.
Él se vio obligado a recurrir a la violencia.
Estaba agotadísimo.
Él había creado un par.
Estaba hecho todo un rey.
Era lo suficiente insensata para creerla.
Él estaba envejeciendo.
Él estaba aquí entonces.
Él lava la bici cada semana.
Él fue honesto, fuerte y decidido para tomar decisiones.
Él estaba impaciente por ver a su hijo.
Estuvo en cuidados intensivos casi 2 meses.
Fue noqueado de un puñetazo en el primer asalto.
Se quedó cojo después de la caída.
Él estaba mirando a través de un microscopio.
Él estaba casado con su hermana.
Era mi mejor amigo.
Era mi único amigo.
Él no era un buen orador.
No sabía por qué opción decantarse, así que decidió que el destino eligiera por él.
Estuvo jugando al tenis todo el día.
Estaba fingiendo.
Él fue atropellado y murió.
Lo atropellaron y falleció.
Estaba satisfecho con el trabajo que había realizado.
Fue condenado a las galeras.
Lo enviaron a combatir.
Él fue severo con sus hijos.
La semana pasada él estuvo enfermo.
Él sonreía como si no le hubiera pasado nada.
Él estaba tan triste que casi se volvió loco.
Era tan tímido que caminaba lejos de su sombra porque le daba vergüenza saludarle.
Hablaba un idioma extraño.
Él estaba hablando.
Él estaba parado.
Él estaba parado en el piso.
Se aturdió y no supo que contestar.
Él era el ídolo de los niños.
Él fue el héroe militar de la Guerra Civil.
Él es quien propuso eso.
Él estaba totalmente borracho.
Estaba muy ocupado todo el día.
Él estaba viendo la tele ayer.
Él pesa 10 kilos más que yo.
Hace rato que se fue.
Volvió a casa.
Él volvió a China.
Él fue a pescar a un río en las cercanías del pueblo.
Fue a por el doctor.
Él se metió en el mar con toda su ropa.
Se fue a hacer compras.
Fue a su oficina después de una ausencia de cinco semanas.
Fue a verle cuando estaba en Londres.
Ha ido a la tienda.
El que es incapaz de vivir en sociedad, o el que no lo necesita porque es autosuficiente, debe ser una bestia o un dios.
Quien sólo vive para sí, está muerto para los demás.
El que lee mucho y anda mucho, ve mucho y sabe mucho.
Él estará furioso cuando se entere que ella mintió.
Él te va a estar esperando alrededor de las dos.
Él va a regresar a las cuatro.
Él vendrá más tarde.
Va a encontrar fácilmente la parada de autobús.
Él irá a la reunión en mi lugar.
Habrá escrito una carta.
Nunca va a superar las grandes pérdidas de su negocio.
A pesar de mi consejo, no cambiará de opinión.
Mañana jugará al béisbol.
Mañana, jugará al fútbol.
Volveré de Europa pronto.
Se secó el sudor de la cara.
No va a llegar a tiempo a la reunión.
No deja de llamarme.
Llevaba un alegre abrigo de terciopelo de color chocolate, con botones de diamante, y con dos enormes bolsillos que siempre estaban llenos de huesos, dejados allí durante la cena por su cariñosa amante.
Él trabajó tan duro que lo logró.
Escribió un libro sobre la mujer de sus sueños.
Él escribió cartas con la pluma que le compré por su cumpleaños.
Escribió mi nombre mal.
Arrancó unas hojas de hierbabuena y se las llevó a la boca.
Oiga, póngase a la cola.
Hola, chicos.
Hey. ¿Cómo va?
Hermana, ¿me puedes prender la luz?
¡Hola, Taro! ¡Hace tiempo que no nos vemos! ¿Cómo te va?
Che, ¿qué está pasando?
«¡Eh! ¿Qué está pasando aquí? Déjale marchar.» «Tú no te metas, que no es asunto tuyo.»
¡¿Oye, qué te pasa?!
¡Oye tú!
¡Eh! Se os ha bajado la bragueta. Abrochaosla.
¡Hola a todos!
En lo alto del cielo, canta una alondra.
Hola por aquí.
Hola, ¿qué hay?
Hola, ¿qué tal?
"Hola, soy Tom." "Hola." "¿Y tú?" "Ah, Mary."
Hola, Paul. ¿Ocupado como siempre?
Sus consejos son siempre muy sensatos.
Su respuesta fue lacónica.
Su respuesta no fue favorable.
Su llegada animó la fiesta.
¡Hola, Satán!
Tiene comezón en la espalda.
Su comportamiento hizo enfadar al policía.
Su comportamiento alzó mis sospechas.
Su bicicleta es diferente de esta.
Su bicicleta es mejor que la mía.
Su chantaje me dejó sin elección.
Su hermano llevaba treinta años siendo camionero.
Su risa infantil es encantadora.
Su autocomplacencia no le dará muchos amigos.
Su cabaña está en la costa.
Su perro lo miraba cada mañana mientras tomaba desayuno.
Sus esfuerzos dieron frutos.
Su esfuerzo dará fruto.
Su vasto conocimiento me sorprende.
Sus ojos se acostumbraron lentamente a la oscuridad.
Sus ojos estaban anegados en lágrimas.
Su rostro palideció de miedo.
Sus fábulas hicieron de Hans Christian Andersen, el danés más famoso del mundo, un icono de la literatura mundial.
Su familia está muy bien.
Su padre no confía en él.
Su padre es un impostor.
Su padre es conservador y anticuado.
Su padre es japonés.
Su francés mejora poco a poco.
Su abuela es una dama encantadora.
Sus abuelos son de Silesia.
Tenía el pelo largo el año pasado.
Sus manos se sienten ásperas.
Su letra al tomar apuntes es ilegible, por eso siempre los pasa a limpio después de clase.
Su salud tuvo una caída.
De repente se le empezó a acelerar el corazón.
Su casa queda cerca del metro.
Su casa está por aquí.
Su casa está demasiado lejos de la mía.
Su idea va más allá del alcance de mi entendimiento.
Está críticamente enfermo.
Sus ingresos se redujeron a la mitad tras su jubilación.
Su clase tuvo una gran audiencia.
Sus piernas son largas.
En su carta pone que vendrá el domingo que viene.
Su mentira ha complicado la situación.
Su madre es americana.
Su nombre es Mario y podría pasar por el personaje.
Su novela se tradujo al japonés.
Su objetivo es hacerse profesor.
Su oficina está muy cerca de la mía.
Su sinceridad es una cualidad muy positiva, aunque no sin sus defectos.
Sus padres lo odian.
Su interpretación en el piano sonó fantástico.
Sus poemas son difíciles de entender.
Sus políticas fueron demasiado agresivas.
Su pobre perro está todavía vivo.
Su reputación estaba en peligro.
Su secretario negó haber dejado escapar la información.
Sus zapatos son marrones.
Su historia es extraña, pero es creíble.
Su historia era bastante simple.
Su suéter es gris.
Su técnica era la mejor.
Sus decisiones inapelables eran la base de un férreo sistema de ordenazas y castigos, también para mamá.
Su opinión no es muy creíble.
Su voz es realmente profunda.
Sus palabras no tienen significado.
Sus palabras la hicieron llorar de emoción.
El trabajo de él es lavar carros.
Hitler invadió Polonia en 1939.
Pégame. Me lo merezco.
Pégame más. Me lo merezco.
Hmm, sí. El piso está hecho de piso.
Espera.
Sostenlo con ambas manos.
¡Agarraos a algo lo más rápido que podáis!
¡Agárrate a algo lo más rápido que puedas!
La vida hogareña estaba siendo investigada por ojos ajenos.
La verdad es que el programa de este partido suena muy bien, creo que voy a votarles, a ver si hay suerte y por lo menos cumplen algunos de sus puntos principales.
La miel no cae del cielo.
"Cariño, ven rápido. ¡Hay una página web llamada Tatoeba que está vendiendo su colección de oraciones a un céntimo cada una! ¡Incluso tienen una oferta especial del tipo de compre cien oraciones y reciba una gratis!" "¡Oh, genial! ¡¿Ahora la gente colecciona las oraciones como pasatiempo?! ¡Adónde estamos llegando!"
¡Honor y gloria a la URSS!
Me dan miedo las películas de terror.
Las carreras hípicas son crueles e inhumanas.
Los caballos son animales útiles.
No se debe derramar agua caliente en un vaso, o puede romperse.
Houston, aquí tuvimos un problema.
¿Qué tal una cerveza?
¿Qué te parece una taza de café después de almorzar?
¿Qué tal si salimos a comer afuera esta noche?
¿Qué te parece salir a comer conmigo?
¿Qué tal si damos un paseo después del almuerzo?
¿Qué tal este sombrero rojo?
¿Qué tal hoy?
¿Vamos a mi casa después de la fiesta?
¡Qué incordio!
¿Cómo vamos a llegar allí?
¿Cómo te va?
¿Cómo estás haciendo eso con tu mano?
¿Vas progresando en tus estudios de inglés?
¿Cómo te está yendo con tu nuevo trabajo?
¿Cómo vas a solucionar este problema?
¿Cómo están tu mamá y tu papá?
¡Qué horror!
¿Cómo puedo dar estímulos a mi cerebro?
¿Cómo puedo ignorar un dolor tan intenso?
¿Cómo puede un hombre tratar al mundo con seriedad cuando el mundo en sí mismo es tan ridículo?
¿Cómo podemos salvar la Tierra?
¿Cómo distinguimos lo correcto de lo incorrecto?
¿Cómo tramitar la visa rusa si eres mexicano?
¿Cómo puedes dar a tu cerebro el estímulo que necesita?
¿Cómo puedes saber si alguien te ama?
¿Cómo se puede saber si alguien te ama?
¿Cómo puedes saber si alguien te ama?
¿Cómo se puede saber si alguien te ama?
¿Por qué suele ser más fácil hablar con las chicas que con los chicos?
"¿Por qué no me puedo enamorar de alguien?" "Porque no eres protagonista."
¿Cómo podría estar Su Majestad equivocada?
¿Cómo podría ser yo un robot? Si los robots no sueñan.
¿Cómo pudo suceder esto?
¿Cómo te pasó esto?
¿Cómo escaparon ustedes?
¿Cómo decidisteis?
¿Cómo conseguiste tantas cosas en tan poco tiempo?
¿Cómo hiciste tanto en tan poco tiempo?
¿Cómo llegaste a ser el agente de Tom?
¿Cómo encontraste esta chomba?
¿Cómo entraste en el cuarto?
¿Cómo entraste en la habitación?
¿Cómo aprendiste a tocar el violín?
¿Cómo te lastimaste el cuello?
«¿Cómo sabías que era alemán?» «Se reconoce con facilidad por tu acento.»
¿Cómo sabíais que estábamos aquí?
¿Cómo hiciste este vídeo?
¿Cómo te fue en la entrevista?
¿Cómo salió tu discurso?
¿Cómo te gastaste el dinero que te di?
¿Cómo te gastaste el dinero que te di?
¿Cómo pasaste tus vacaciones?
¿Cómo comen sardinas los delfines si ni siquiera pueden abrir la lata?
¿Cómo encontrar las páginas menos visitadas y qué hacer con ellas?
¿Cómo funciona Internet?
¿Cómo se mueve el caballo?
¿Cómo convierto de millas a kilómetros?
¿Cómo ajusto el volumen?
¿Cómo llego a la oficina de correos?
¿Cómo sé si Tom me está manipulando?
Cómo funcionan los buscadores?
¿Cómo sabemos que te podemos confiar?
¿Cómo calcular el radio de una circunferencia?
¿Cómo consolar a una mujer que acaba de perder a su único hijo?
¿Cómo explicas eso?
¿Cómo explicas lo inexplicable?
¿Cómo lo sabes?
¿Cómo sabés que no soy canadiense?
¿Cómo sabes que Tom puede hacer lo que dice que puede?
¿Cómo sabes que te has enamorado de alguien?
¿Cómo se aprende una lengua tonal como el chino?
¿Cómo se hace eso?
¿Cómo se pronuncia "pronounce"?
¿Cómo se pronuncia tu apellido?
¿Cómo se dice "pájaro" en tibetano?
¿Cómo se dice "granja" en ruso?
¿Cómo se dice "Lo siento" en francés?
¿Cómo se dice "Perdón" en francés?
¿Cómo se dice XXX en tu idioma?
¿Cómo se deletrea esa palabra?
¿Cómo creen que me siento?
¿Cómo aprietas un tornillo, en sentido horario o antihorario?
¿Cómo se escribe "autodeterminación" en alemán?
¿Qué tan fácil es encontrar trabajo a tiempo parcial?
Qué bochornoso para todos nosotros.
Sin embargo, es una traducción directa de la versión japonesa.
¿A qué distancia está el museo?
¿Qué tan lejos de aquí está el museo?
¿Qué tan lejos debemos caminar antes de admitir que estamos perdidos?
¡Qué fascinante!
¡Qué bueno y qué agradable es que los hermanos se sienten juntos!
¿Cómo de bueno es?
¿Cómo la tecnología ha impactado tu cotidiano?
¡Qué humillante!
¿Cómo de importante es la música en tu vida?
¿Cómo demonios lograste treparte al techo?
¿Cómo está él?
¿Cómo es que sabes eso?
¿Cómo está el clima?
¿Cómo está tu papá?
¿Cómo es tu audición?
¿Cómo se pronuncia su apellido?
¿Cómo tienes la vista?
¿Cómo está su esposa?
¿Harto improbable?
¿Por cuánto tiempo vas?
¿Cuánto duró la Guerra de los Cien Años?
¿Cuánto tiempo suelen durar sus migrañas?
¿Cuánto tiempo te ha estado él mintiendo?
¿Cuánto tiempo te mintió él?
¿Cuánto tiempo has tenido la lengua de ese color?
¿Cuánto tiempo llevan caminando?
¿Cuánto tiempo ha estado en Checoslovaquia, Sr. Reindle?
¿Cuánto tiempo llevas metido en este negocio?
¿Cuánto tiempo llevas viviendo en Tokio?
¿Cuánto tiempo has estado nadando?
¿Cuánto tiempo lleva vomitando?
¿Cuánto tiempo llevas esperando para hacer realidad tu sueño?
¿Cuánto tiempo has estado estreñido?
¿Desde cuándo tiene los cachetes hinchados?
¿Cuánto tiempo se va a quedar en Japón?
¿Cuánto tiempo te estuvo él mintiendo?
¿Por cuánto tiempo ella se podrá quedar aquí?
¡Qué afortunado soy!
¿Cuántos hermanos tienes?
¿Cuántas estaciones de autobuses hay en esta ciudad?
¿Cuántas tarjetas de Navidad has mandado?
¿Cuántos países son miembros de las Naciones Unidas?
¿Cuántas declinaciones hay en alemán?
¿Cuántos huevos te has comido esta mañana?
¿Cuántos huevos pone esta gallina por semana?
¿Cuántos pisos tiene ese edificio?
¿Cuántos kanjis de cuarto grado has memorizado?
¿Cuántos sombreros tienes?
¿Cuántos kanji hay?
¿Cuántos idiomas habla usted?
¿Cuántas patas tiene un ciempiés?
¿Cuántas letras hay en el alfabeto inglés?
¿Cuántas letras tiene el alfabeto inglés?
¿Cuántas letras tiene el alfabeto ruso?
¿Cuántas millas caminaste?
¿A cuántos museos fuiste?
¿Cuántas novelas leíste el año pasado?
¿Cuántas personas hay en tu familia?
¿Cuántas almohadas usa para dormir?
¿A cuántos alumnos les enseñas?
Por ejemplo, ¿cuántas muestras?
¿Cuántas veces llamó ella?
¿Cuántas veces tengo que repetir lo mismo?
¿Cuántas veces te tengo que decir que no comas dulces antes de cenar?
¿Cuántas traducciones puede conseguir esta frase?
¿Cuántas palabras por minuto eres capaz de leer?
¿Cuántas cuentas de YouTube hay en el mundo hasta la fecha?
¡Cómo arruina el matrimonio a un hombre! Es tan desmoralizador como los cigarros, y mucho más caro.
¿Cuánto vas a cobrar?
¿Cuánto pagaste por esa bicicleta?
¿Cuánto gasta Tom en un mes?
¿Cuánto ganas?
¿Cuánto sabés?
¿Cuánta heroína o metadona consumes habitualmente al día?
¿Cuánto cuesta?
¿A cuánto está el kilo de puerros?
¿Cuánto cuesta el kilo de piña?
¿Cuánto dinero te ofreció Tom?
¿Cuánto dinero crees que gana Tom?
¿Cuánto dinero quieres ganar?
¿Cuánto puedes entender de lo que he escrito aquí?
¿Con cuánta comida debería estar alimentando a mi perro?
¿Cuánto tiempo te queda?
¿Cuánto tiempo al día pasas afeitándote?
¿Cuánto va a costar?
¿Cuánto me pagarías para que lo haga?
¿Cada cuánto tiempo cambias tu contraseña?
¿Con qué frecuencia bebe alcohol?
¿Con qué frecuencia practicas?
¿Con qué frecuencia practicas deporte?
¿Con qué frecuencia hablas francés?
¿Qué tan seguido usas tu carpa?
¿Qué tan frecuentemente debería alimentar a mi perro?
¿Con qué frecuencia os llamaríais?
«¿Cuántos años tienes?» «No tengo edad, yo no he vivido.»
¿Qué edad crees que tengo?
¿Cuántos años tiene tu abuelo?
¿Cuál es la edad de tu hermana?
¿Qué edad tiene vuestro tío?
¡Qué viejo es ese perro!
¿Qué tal te va?
¿Qué debo decir si ella pregunta por ustedes?
¿Cómo lo iba a saber?
¿Qué tan pequeño es?
¿Con qué antelación llegaremos?
¿Qué tal la familia?
¿Cómo se encuentra el enfermo esta mañana?
"¿Cómo es el francés de Tom?" "Bastante bueno."
¿Cómo están resultando tus compras navideñas?
¿Qué tal tu familia?
¿Cómo estás de salud?
¿Cómo va tu proyecto?
¿Cómo fue el vuelo?
¿Cómo estuvo tu día?
¿Cómo fueron tus vacaciones de verano?
¿Cómo de bien conoces esta zona?
¿Cómo me recuperaré de esto?
¿Cómo te afectará?
¿Cómo vas a volver?
¿Cómo la detendrás?
¿Cómo le detendrás?
«¿Cómo te sentirías si alguien dijera eso de ti a tus espaldas?» «No me enteraría, así que no me molestaría.»
Abrázame, que tengo miedo.
Uh, quería enviar una respuesta pero no me dejaba.
Los humanos se comunican entre ellos a través del lenguaje.
Los humanos son extraños, preferiría ser un zorro de dibujos animados.
Cientos de admiradores están esperando a la cantante.
Los cachorros hambrientos están ladrando en la calle.
En esta área está prohibido cazar.
Daos prisa, que se cierra la puerta.
¡A callar!
Accidentalmente la vi desnuda.
Accidentalmente vertí la leche.
Estoy de acuerdo con la propuesta de Taro y Ayumi.
Estoy de acuerdo con la propuesta de Tom y Mary.
Ya los tengo.
«¡Ya te echo de menos!» «¡Pero si todavía no me he ido!»
Ya he dicho que no.
Yo también reconozco mis errores.
También sé que Tom no es estúpido.
También aprendí a admirar a estos ajedrecistas: Smyslov, Spassky, Karpov, Kasparov, Keres y Carlsen. Hay, por tanto, doce grandes ajedrecistas de mi elección.
Perdí también mi móvil.
Siempre me cepillo los dientes después de comer dulces.
Siempre traigo una aguja en caso de emergencia.
Siempre bebo leche antes de irme a la cama.
Siempre me olvido de mí mismo.
Siempre tengo un as en la manga.
Siempre hago una lista cuando voy a la tienda.
Siempre pongo mis bolígrafos en el cajón.
Siempre pongo mis plumas en el cajón.
Siempre sospeché que Tom era bolchevique, pero nunca tuve ninguna prueba contundente hasta ahora.
Siempre pensé que Shirley y Alan acabarían juntos.
Siempre pensé que Tom y Mary eran una buena pareja.
Siempre trato de cumplir las normas.
Siempre solía contar los pasos mientras subía.
Siempre me había preguntado qué era ese ruido.
Tengo 19 años.
Soy un gran fanático del arte.
Soy un extranjero.
Lo siento, me tengo que ir.
Tengo miedo de que llueva mañana.
Tengo miedo a los dentistas.
Me temo que ellos no se llevan muy bien.
Me da miedo saltar la zanja.
Me temo que estamos avanzando en la dirección equivocada.
Soy un fotógrafo freelance.
Soy la hija de un caballero.
Ya estoy buscando mis anteojos nuevamente.
Soy hablante nativo del idioma pingüino.
Soy optimista por naturaleza.
Yo soy policía.
Soy una persona correcta y muy responsable.
Soy argentino.
Yo soy un robot.
Tengo vergüenza de mí mismo.
Soy estudiante de la universidad Hyogo.
Soy profesor de inglés.
Estoy bendecido con mi vida.
Me estoy cepillando los dientes.
En este momento estoy ocupado cocinando.
Estoy revisando mi buzón.
Ya voy.
Estoy convencido de que mi hijo es inocente.
¡Estoy loco por ti!
Conduzco un camión.
Estoy babeando como un perro.
Envidio su éxito.
Estoy familiarizado con este barrio.
Yo estoy libre todo el día, llegaré a verte a cualquier hora que te acomode.
Yo soy de Noruega.
Me estoy poniendo ropa.
¡Me estoy poniendo chico!
Me alegra oír que sabes cómo la llaman.
Voy a hacerlo.
Voy a volar mi papalote esta tarde.
El año que viene iré a América.
Voy a remover el apéndice.
Voy a ver adónde van.
Bill y yo somos buenos amigos.
Les estoy agradecido.
Estoy en una casa nueva.
Me da lo mismo la opinión de los demás.
Estoy enamorado y estoy confuso.
Tengo el hábito de tomarme una ducha en las mañanas.
Tengo el hábito de caminar cada día.
Estoy en tus manos.
Soy japonesa.
Estoy leseando.
Estoy aprendiendo un poco de inglés.
Estoy prendiendo mi cigarro.
Soy como mi padre.
Busco a mis amigos.
Anhelo recibir una contestación favorable por su parte.
Espero con ganas a ver la película con ella.
Los domingos nunca estoy en casa.
Tengo 19 años.
¡No soy hombre!
Esto no me concierne.
No estoy muerta.
No estoy muerto.
Yo no soy de la India.
No voy a salir porque tengo que ordenar mi pieza.
No voy a trabajar más por hoy.
No soy nada más que un pobre huaso.
No estoy seguro de ganar el juego esta vez.
No soy tu juguete.
Estoy pelando el apio y las patatas.
Encantado de verte.
Estoy relativamente seguro.
Estoy orgulloso de formar parte de este proyecto.
Lamento mucho oír eso.
Soy diestro.
Estoy vendiendo mis cabras.
Le estoy gritando a mis hijos.
Estoy tan exhausto debido a que he caminado durante 4 horas.
Lamento lo que hice.
Siento haberte llamado fuera de tu complicada agenda.
Estoy seguro de que va a ganar.
Yo sospecho de que este sea un taxi ilegal.
Estoy tomando un curso de danza.
Soy más alta que él.
¡Soy la ley!
Soy la enfermera del turno de noche.
Yo soy el que llama.
Soy el más alto de nuestra clase.
Soy la enfermera de fin de semana.
Estoy pensando en traducir esto al francés.
Estoy ordenando mi oficina.
Estoy cansado.
Estoy cansada de oír eso.
Soy demasiado bajo.
Me he acostumbrado a vivir solo.
Estoy acostumbrada a las bajas temperaturas.
Estoy acostumbrado a las bajas temperaturas.
Estoy muy interesado en la música.
Te estoy muy agradecido por tu ayuda.
Yo estoy muy satisfecho de oír las noticias.
Te estoy muy agradecido por tu consejo.
Estoy usando un reloj caro.
Yo estoy trabajando para que tú puedas aprender Quechua.
Soy tú.
Yo soy tú.
Ian Nepomniachtchi (2695), el Gran Maestro ruso de 30 años, acaba de ganar el Torneo de Candidatos, asegurándose el derecho a competir este año con el actual campeón, Magnus Carlsen, por el título de Campeón del Mundo de Ajedrez.
Te pido disculpas por no haberte escrito antes.
Pido perdón.
Aprecio la ayuda.
Apruebo de tu plan.
Llegué a Tokio ayer.
Yo llegué más tarde de lo acostumbrado.
Le pedía a ella que, por favor, parara.
Le pregunté quién era el hombre que llevaba sombrero blanco.
Le pregunté su nombre.
Le pedí que nos enviara el libro.
Le pedí a mi colega que recapitulara todo lo dicho en pocas palabras.
Le pedí a mi colega que recapitulara todo lo dicho en pocas palabras.
Le pedí a mi colega que resumiera todo lo dicho en pocas palabras.
Le pedí a mi padre que comprase este juguete.
Pedí a mi madre que me hiciera algo de comida.
Le pedí al vecino que me ayude.
Le pedía a Tom que se diese prisa.
Le pregunté si podía coser por mí.
Supongo que Tom se nos unirá.
Supongo que Tom se nos unirá.
Me da que no quieres ir.
Me comí un Omurice.
Ayer comí pescado.
Me comí unas papas fritas.
Yo comí.
Evito manejar de noche si puedo.
Cuando desperté estaba tirado en el piso.
Le gané en el golf.
Me volví esperantista hace algunos años.
Me volví rico.
Yo creo que él es honesto.
Creo que su nombre es Tom.
Yo creo en el destino, pero también sé que el destino puede ser cambiado.
Creo en Ken.
Creo en mi marido.
Creo en la teoría de la evolución, creo en la ciencia.
Creo que es eso lo que dijiste.
¡Te recuperarás pronto!
Formo parte del club de kárate.
Me apuesto cinco dólares a que no viene.
Te apuesto un dólar a que Tom no se presenta.
Apuesto a que eres un excelente profesor.
Quedé inconsciente.
Sangro con facilidad cuando me corto.
Compré una docena de huevos.
Compré algunos sellos.
Compré una linterna, pero me olvidé de comprar las pilas.
Compré una corbata para Dan y compraré una bufanda para Elena.
Compré cuarenta dólares de gasolina hoy.
Compré muchos cuadernos.
Compré mi primer carro en 1998.
También compré una.
También compré uno.
Yo también compré una.
Yo también compré uno.
He comprado varios libros para leer en las vacaciones.
Compré el coche con una rebaja del 10%.
Compré la mesa de caoba por ser la más elegante.
Compré este libro por 300 yenes.
Compré este libro hace tres días.
Me rompí el hueso astrágalo jugando al fútbol.
Terminé con ella ayer en la noche.
Traje plátanos.
Traje cinco botellas de vino y tres cajas de cerveza.
Traje el libro.
Traje tu traje.
Me quemé con agua hirviendo.
Me quemé el paladar comiendo pizza.
Compro, luego existo.
Calculé que costaría 300 dólares.
He pedido ayuda.
Lo llamé al teléfono.
Me tranquilicé al averiguar que la operación había sido exitosa.
He venido a hacerte una oferta.
Vine aquí para ver si había algo que pudiera hacer para ayudar, pero parece que no hay nada para que yo haga.
Vine a hablar con Tom.
Apenas puedo oír sin mi audífono.
Puedo ser vuestro guía turístico si queréis.
Yo puedo consolarla.
Puedo hacer eso con una mano atada detrás de mi espalda.
Yo puedo hacer eso.
Puedo dibujar el mapa de Brasil a la perfección.
Me lo puedo comer aquí.
Me puedo tomar libre el día de Navidad, pero tengo que trabajar en Nochebuena.
Puedo oírte, pero no puedo verte.
Ya no puedo más con este ruido.
No puedo estar de acuerdo contigo.
No puedo permitirme aceptar tu oferta.
No sé cocinar tan bien como mi madre.
Ni siquiera sé hervir agua, mucho menos asar un pavo.
No puedo entender por qué él hizo eso.
No puedo asar esta carne a la parrilla. ¡Se echó a perder!
No puedo colgar un cuadro en mi oficina. Está prohibido.
No puedo evitarlo.
No puedo saltar al mar. No sé nadar.
A ti no te puedo mentir.
No puedo cerrar la puerta. He perdido la llave.
No puedo hacer mi cama. ¡No tengo tiempo para eso!
No puedo ahuyentar a los pájaros. No soy un espantapájaros.
No puedo hablar muy bien Toki Pona.
No puedo dejar de pensar en el dinero robado.
No puedo mirar a Tom destruyendo mi trabajo.
Sólo puedo preguntarme si acaso es lo mismo para todos los demás.
Sé tocar el piano.
Se lo puedo recomendar a cualquiera.
Puedo resistir todo menos la tentación.
Puedo ver a una mujer y a dos perros dentro del auto.
Puedo ver a Tom.
Puedo venderte esto si quieres.
Puedo compartir.
Puedo cantarlo en inglés.
Puedo resolver este problema.
Puedo hablar esperanto como un nativo.
Hablo bien el francés.
Todavía me puedo acordar de la vez que Tom se cayó del árbol.
Todavía puedo ver la cara de mi madre.
Yo puedo nadar rápido.
No puedo aceptar esto.
No puedo sacar tiempo para viajar.
No puedo permitirme comprar en una tienda tan cara.
No siempre puedo entender a los australianos cuando hablan en inglés entre ellos.
No puedo soportar verlo.
No puedo soportar la idea de perderte.
¡No puedo creer que él me haya dejado por esa puta!
No puedo creer que dejo que Tom haga eso.
No puedo creer que lo esté considerando.
No puedo creer que ya sea verano.
No me lo puedo creer.
No puedo creer que ella te impidiera volar.
No puedo creer que esto esté pasando. ¡Por favor dígame que es mentira!
No puedo creer que le dijeras idiota a Tom.
No puedo creer que tú fueras porrista.
No puedo creer que Tom hable sin ironía en el excepcionalismo estadounidense.
No puedo creer que le dijeras idiota a Tom.
No puedo creer que comas lo que el doctor dijo que no comieras.
No me puedo creer que estés tratando de sobornarme.
No puedo creer que hayas rechazado aquel empleo.
No puedo comprar un libro tan caro.
Yo no puedo calcular tan rápido como él.
No sé conducir un autobús.
Yo no puedo conducir.
Ni siquiera puedo beber agua.
No puedo aunque quiero.
No puedo explicar todo ahora.
No puedo explicarlo mejor. Ojalá pudiera.
No me puedo explicar el porqué de tu rabieta.
No puedo descubrirlo.
No encuentro dónde parquear mi nave espacial.
No encuentro un lugar para estacionar mi nave espacial.
No encuentro mis pantuflas.
No encuentro a Tom, ¿ya se ha ido?
No puedo perdonarle.
No puedo llegar hasta donde está mi equipaje.
No me los puedo sacar de la cabeza.
No puedo volver a casa.
No puedo ir contigo esta noche.
No puedo evitar sentir lástima por esa chica.
No puedo evitar pensar que mi padre sigue con vida.
No te puedo ayudar porque estoy demasiado ocupado.
No puedo ayudarte.
No lo puedo aguantar más.
No puedo imaginar mi vida sin ti.
No puedo seguirlo, ¿puede dictar más despacio?
No te puedo seguir si caminas tan rápido.
No puedo besar a Tom si él no quiere ser besado.
No puedo ingresar.
No te puedo prometer nada.
No puedo faltar.
No consigo abrir la puerta.
No puedo prestar atención a todas esas cosas a la vez.
No soporto su mala educación.
No puedo leer tus notas debido a tu escritura.
No lo puedo explicar bien.
No puedo acordarme cuándo se mudó él a Boston.
No puedo registrarme en el sitio.
No puedo recordar su explicación.
No recuerdo cuándo se trasladó él a Boston.
No me puedo acordar de dónde puse la máquina de coser buena.
Yo tampoco consigo verle.
No veo las cosas con nitidez.
No puedo ingresar.
No llego tan alto cantando.
No puedo cantar tan alto.
No puedo hablar Inglés, y mucho menos alemán.
No puedo soportar más su comportamiento.
No puedo soportar que ella esté sufriendo tanto.
¡No aguanto más escuchar esa mierda de canción!
No puedo parar de comer chocolate a escondidas.
No puedo dejar de escribir.
No te puedo parar.
No puedo enderezar mi espalda.
No puedo estudiar más; estoy demasiado cansada.
No puedo estudiar más; estoy demasiado cansado.
No aguanto más estar aquí.
No se me ocurre una manera mejor de hacerlo.
No puedo explicarme lo ocurrido.
No puedo comprender lo que ella está diciendo.
No puedo esperar más a que la primavera llegue para así poder sentarnos bajo el guindo.
No puedo esperar a que Tom y Mary vuelvan a casa para poder mostrarles esto.
"Ya quiero crecer." "¿Por qué?" "Porque cuando crezca ya no tendré que estudiar."
No puedo trabajar más.
No puedo escribir en francés, pero lo puedo leer.
Ya no lo puedo esperar más.
Puedo ir caminando a la escuela en 10 minutos.
Capturé a tu dama.
Llevé a la espalda la bolsa pesada.
La cogí de la mano.
Le pillé robando dinero.
Cambié mi computadora.
Cambié la frase.
Cambié de tren en la Estación de Tokio.
Le hice jaque mate a mi oponente utilizando mis dos torres.
Los carámbanos cuelgan del tejado de la casa.
Cerré de nuevo la puerta.
Yo entrenaba al equipo de baloncesto de mi hijo.
Le considero un gran escritor.
Yo le corregí hasta los detalles más finos.
Me podría meter en problemas si hiciera aquello.
Pude oír todo.
Si quisiera, podría, pero no quiero.
Yo podría matarte.
Él nunca me creyó lo que le dije.
No podía dormir por el calor.
No pude ir a la fiesta porque estaba enfermo.
No pude encontrar a nadie.
No podría haberlo hecho solo.
No conseguía encender la vela porque la mecha era demasiado corta.
No pude reparar esta nevera.
No podía hablar bien ese día.
No podía soportar la picazón.
No entendí ni una sola palabra de lo que dijeron.
Me podría pasar el día entero besándote y abrazándote.
Lloré toda la noche.
Lloré muchas noches.
Lloré muchas noches.
Lloro cada vez que escucho esta canción.
Los troncos más gruesos los corté para leña.
Ya te lo había dicho.
No me atrevo a contarle las malas noticias.
Me atrevo a decir que estás en lo correcto.
Te desafío a que intentes pararme.
Sería un honor para mí.
Me interesaría leer un libro sobre la historia de la risa.
Estaría muy agradecido si pudieras ayudarme.
Haría casi cualquier cosa.
Haría cualquier cosa por vosotras.
Él ha decidido no beber.
He decidido no estudiar francés.
Decidí pedir ayuda a mi amigo.
Decidí seguir el ejemplo de Tom.
Decoro las páginas de mi libro con los colores de varias banderas.
¡Definitivamente quiero conocer a María! Creo que es muy simpática.
Borré el comentario que había dejado debajo de la frase.
Le pedí que pagara la cuenta inmediatamente.
Me gustaría hablar con usted sobre este tema.
Esperaba que Tom encontraría a alguien más que lo ayudara.
Esperaba que Tom encontraría a alguien más que lo ayudara.
Esperaba que Tom encontraría a alguien más que lo ayudara.
Esperaba que Tom encontraría a alguien más que lo ayudara.
Esperaba que nos hiciéramos amigos.
Hice lo suficiente por Tom.
No sabía que cocinaras así de bien.
No he respondido a tu pregunta.
Yo no pregunté.
Yo no asistí a su funeral.
No los compré.
No te llamé por miedo a molestarte.
No te dije estúpido.
No entendí tu apellido.
No vine aquí a pedir disculpas.
No me atreví a mirar.
No lo hice solo. Lo hice junto a Tom.
¡Yo no lo hice!
No doné sangre.
No dudé de ti ni por un segundo.
No bebía leche de niño.
Yo no tomé esa leche.
Ayer no desayuné.
Ayer no cené.
Ni siquiera recibí una carta de ella.
Yo ni siquiera sabía que tú sabías.
Yo no esperaba una cálida bienvenida.
No esperaba que llegaras tan temprano.
No me sentía cómodo charlando de eso.
No me olvidé de ustedes.
Hoy no he comido.
Ayer no tuve que estudiar.
No lo escuché.
No pegué a Tom, aunque me pegó a mí.
No la invité.
No sabía que él estaba desarmado en ese momento.
No sabía que Tom era un furro.
No sabía que tu madre vivía contigo.
Yo no sabía que fumárais.
Yo no sabía que fumaras.
No sabía que Tom y Mary se estaban muriendo.
No sabía que Tom vivía aquí.
Yo no sabía.
No sabía que tu padre había fallecido.
Yo no sabía que fumárais.
Yo no sabía que fumaras.
No sabía que hablabais inglés.
No sabía que hablabas inglés.
No sabía que habías vuelto.
No sabía que eras rico.
No me gustó que volviera a casa cuando yo dormía.
No pretendía molestar a nadie.
No pretendía hacer tanto ruido.
No quise sonar tan duro.
En absoluto me importó hacerlo.
Yo no moví.
En verdad, no me agradó el guisado de Tom.
No quería ganar en realidad.
No dije que estuviera mal comer.
Después de eso no volví a verlo.
No le vendí mi auto a Tom.
No dormí bien.
No tomé ninguna medida de precaución.
No te tenía por alguien tan sacrificado.
No entendí lo que quería decirme.
No entendí tu explicación.
Yo no quise eso.
No quería que las cosas acabaran así.
No quería, pero tuve que hacerlo.
No quiero ir al baile con Tom.
No quise insultar a Tom.
No me quise arriesgar a romperme la pierna.
No quise preocupar a Tom.
No le di cuerda al reloj anoche.
Yo no escribí esta frase.
Hice lo que pude
No estoy de acuerdo con eso.
No estoy de acuerdo contigo.
Me disfracé de mujer para que Tom no pudiera reconocerme.
Me disfracé de mujer para que Tom no me reconociera.
Solo quisiera tener una conversación rápida con Tom antes de que nos vayamos.
La pereza es el diván del diablo.
Quiero otra cerveza.
Quisiera una mesa junto a la ventana.
Quisiera información más detallada.
Quisiera algo de queso.
Me gustaría más café.
Querría azúcar.
Me gustaría algo para tomar.
Me gustaría beber algo.
Me gustaría tomar algo.
Me gustaría esa cerveza, por favor.
Eso me gustaría.
Me gustaría ser china.
Me gustaría cambiar un cheque de viajero.
Quisiera cambiar estos pesos, por favor.
Me gustaría ir en un convertible a través de los Estados Unidos.
Me gustaría volver a Boston algún día.
Quisiera decirte un par de cosas con respecto a lo que pasó ayer.
Quisiera conversar contigo.
Me gustaría saber dónde está esa escuela.
Quisiera saber por qué no hiciste tu tarea a tiempo.
Me gustaría aprender alemán.
Me gustaría vivir en Nueva York.
Me gustaría vivir cerca de la playa.
Me gustaría poner una queja.
Me gustaría hacer una reservación para jugar golf mañana.
Quisiera ganar más dinero.
Quisiera reservar una habitación en un hotel.
Me gustaría reservar una mesa para dos.
Quisiera hacer unas cuantas pruebas más.
Me gustaría hojear la carta.
Me gustaría ver la carta.
Me gustaría ver tu habitación.
Me gustaría cantarte una canción que acabo de componer.
Quisiera hablar con Judy.
Me gustaría hablar a solas contigo.
Quisiera pasar algunos días con Tom.
Me gustaría quedarme aquí con Tom.
Me gustaría decirle a Mary que la quiero.
Quiero agradecerte todo lo que has hecho por nosotros.
Me gustaría escribir cientos de frases en Tatoeba, pero tengo otras cosas que hacer.
Me gustaría que conocieras a mi marido.
Me gustaría que conocieras a mi hermana, Mary.
Yo lo investigaría.
Me gustaría saber de qué estaban hablando Tom y Mary en el aparcamiento ahora mismo.
Nunca diría algo así.
Nunca quisiera ir a Boston. La gente allí se la pasa sin ver el sol.
Esta tarde doné sangre.
No creo que Dios exista.
Me da igual la fama.
No conozco a ninguno de ellos.
No sé si él es español o argentino.
Yo no conozco a esta señora.
No quiero sus casas.
No trabajo.
No le añado azúcar al café.
No estoy de acuerdo con él.
No apruebo su conducta.
No creo que mienta; lo sé.
No creo en extraterrestres.
No creo en la hipnosis.
No creo en vos.
No creo que el hombre sea capaz de escuchar la naturaleza.
No pertenezco al club.
No le culpo a Tom de nada.
No os culpo.
No me importa mi porvenir.
No me importan los deportes.
No me importas.
No me importa tu pasado.
No me interesa mientras seas feliz.
Me da igual que se rían de mí.
Soy precavido cuando doy mi direccion de correo a un desconocido.
Me da igual.
No me importa lo que dice, nunca volveré a creer en él.
Yo no, ¿y tú?
Yo no sueño.
He dejado de beber cerveza.
No tomo coñac.
No como mucho.
No soporto más tus caprichos.
No me gusta viajar con grupos grandes.
Ni siquiera le pongo mantequilla a mi pan; considero a eso cocinar.
Ni siquiera sé si quiero seguir haciendo esto.
Ni siquiera conozco al tipo.
Ni siquiera sé dónde está Tom ahora.
Ni siquiera sé quien es Tom.
Ni siquiera sé cuál es tu dirección.
No siento ninguna necesidad de justificar esta opinión.
No lo siento.
No tengo ganas de responder preguntas.
No tengo ganas de cenar esta noche.
No tengo ganas de hacer la cama.
No tengo ganas de tender la cama.
No me apetece hablar de ello.
No tengo ganas de intentar.
No tengo ganas de caminar tan rápido.
No preveo que pueda ir a Boston.
No lo cojo.
No entiendo lo que el autor quiere decir ahí.
No estoy ni ahí.
No odio el invierno.
No tengo computadora.
No tengo una buena respuesta para esa pregunta.
No tengo idioma nativo.
No tengo un hermano mayor.
No tengo una hermana mayor.
No tengo un mango.
No tengo hermanas.
No tengo nada que hacer ahora.
No tengo nada en que escribir.
No tengo suficiente dinero para comprar el medicamento que mi padre necesita.
No tengo nietos.
No tengo hijos.
Yo no le echo azúcar al café.
No ando con la dirección.
No tengo el coraje de pedirle a mi jefe que me preste su auto.
No tengo tiempo para juegos.
No tengo tiempo para estar enfermo.
No tengo tiempo para hacer la colada.
No tengo que ser musulmán para vivir mi vida.
No tengo que demostrar mi valía ante nadie.
No tengo intención de quedarme aquí para siempre, tengo muchas cosas que quiero hacer alrededor del mundo como encontrarme con mis amigos que están esparcidos por él y hacer algunos nuevos, aprender sobre nuevas culturas e idiomas, explorar lugares increíbles y aprender más sobre mí mismo.
No tengo la intención de volar más.
No sé nada de ciencia.
No sé para nada.
No conozco a ninguna de las dos muchachas.
No se quién es él exactamente.
No estoy seguro.
No sé cómo él puede vivir en este quilombo.
¡No sé cómo demostrarlo, ya que es tan evidente!
No sé cómo expresar mi gratitud.
No sé cómo eludir legalmente esas regulaciones.
No sé cómo dejar de amarte.
No sé como puedo agradecértelo.
No sé si podré retenerla mucho tiempo.
No sé si puedo resistir más.
No sé si tendré tiempo.
No sé si hará buen tiempo mañana, pero si hay buen tiempo vamos de picnic.
No sé si Tom está vivo o muerto.
No sé si Tom trabaja ahí o no.
No sé mucho de él, pero es suficiente.
No puedo hablar español, pero con la ayuda de un diccionario español-alemán comprendí un poco de tu carta.
No sé por qué se encuentra ausente hoy.
No sé cuáles son sus intenciones.
No sé qué puedo hacer.
Desconozco el significado de la palabra 'imposible'.
No sé qué creer.
No sé lo que Tom está tramando.
No sé de qué Tom está hablando.
No sé qué haremos.
No sé qué estás diciendo.
No sé cuándo vendrá él.
No sé si él está vivo o muerto.
No sé si él va a estar de acuerdo con nuestro plan o no.
No sé si Tom está en la escuela o no.
No sé si Tom nadará o no.
Yo no sé quién es mi madre.
No sé quién está al frente del negocio.
No sé quién ha escrito esta carta.
No sé por qué, pero estoy seguro de que Tom tiene sus razones para no contratar a Mary.
No sé por qué me siento así.
No sé por qué se están peleando.
A ti no te conozco pero conozco bien a la gente como tú.
No me gustan las novelas sin héroes.
No me gusta ninguno de estos sombreros.
No me gusta ninguna de esas fotos.
No me gusta ser controlada.
No me gustan los huevos cocidos.
No me gustan los gatos y a mi hermano tampoco.
No me gusta el chocolate, de hecho no me gusta nada que sea dulce.
No me gusta acostarme pronto.
No me gustan los cielos grises.
No me gusta el sabor del alcohol.
No me gusta cuando la gente me trata como a un niño.
No me gusta cuando se ríen de mí.
No me gusta cuando te ríes de mí.
No quiero cometer errores.
Las películas modernas no me gustan.
No me gusta la gente como tú.
No me gusta que la gente me mire.
No me gusta jugar con él. Siempre hacemos las mismas cosas.
No me gusta el pescado crudo.
No me gusta compartir mi helado contigo.
No me gusta el nuevo libro de texto para las clases de inglés; prefiero el original.
No me gusta el olor del perfume que María está llevando hoy.
No me gusta el sabor del alcohol.
No me gusta este juego.
No me gusta vivir en la ciudad.
No me gusta la persona en que te has convertido.
No me gusta su lengua.
No vivo más en Boston.
No me parezco en nada a mis padres.
No me parezco a mis padres en nada.
No la amo.
No mido mis palabras.
Con que esté un poquito amarguito, no me molesta.
No me molesta si abres la ventana.
No necesito un abogado.
No necesito nada.
No necesito amigos falsos.
No necesito recordar.
No necesito tu dinero para tener éxito.
No es que no quiera que dejes de no ir a la fiesta sin que no me hayas preguntado.
No no quiero que no no vayas a la fiesta sin no pedirme.
No me opongo a que vayas a trabajar fuera de casa, pero ¿quién se ocupará de los niños?
No tengo un televisor.
No te pago por beber cerveza, sino por trabajar.
No leo los periódicos.
En realidad no me gustan las películas.
No reconozco a ninguno de los que aparecen en la foto.
No me arrepiento de nada.
Ya no me acuerdo.
No recuerdo nada sobre ellos.
No recuerdo haber enviado este mensaje de texto.
No me parezco a mis padres en nada.
No veo ningún hueso roto.
Yo no veo nada desde mi pieza porque siempre tengo las cortinas cerradas.
No veo una sola cliente en esta tienda.
No veo un solo cliente en esta tienda.
No veo la necesidad de ocultar quiénes somos.
No veo qué hay de malo en no tener que trabajar para vivir.
No veo qué tiene de malo querer ser joven.
No hablo esperanto.
No creo que los niños deberían tomar cerveza.
No creo que los dioses existan.
No creo que él pueda hacer eso.
No creo que esté solo.
No creo que tenga alternativa.
No creo que tenga tiempo.
No creo que vaya contigo.
No creo que vaya con vosotras.
No creo que vaya con vosotros.
No creo que haya hecho suficiente espagueti para todos.
No creo que la gente deba hacer una montaña de un grano de arena.
No creo que esté sola.
No creo que eso cambie nada.
No creo que sea suficiente.
No creo que eso sea posible.
No creo que ésa sea la respuesta.
No creo que esas malditas baterías estén en este maldito cajón.
No creo que Tom sea carpintero.
No creo que estos que estos plátanos duren mucho.
No creo que salgan estas manchas de tinta.
No creo que Tom sea carpintero.
Creo que Tom no está siendo honesto.
No creo que Tom hable inglés. Me suena más a algún idioma escandinavo.
No creo que esté solo.
No creo que lo vayas a hacer.
No creo que seas gafe.
No estoy totalmente de acuerdo contigo.
No entiendo nada de esto.
No entiendo francés.
No entiendo la manera en la que piensa Tom.
No entiendo lo que te preocupa.
No entiendo vuestra pregunta.
Yo no uso taxis, a menos que sea absolutamente necesario.
¡¡No quiero ser patético, quiero ser guay!!
No quiero que baje mi calificación.
No quiero té.
No quiero que los demás se den cuenta de que no me llamo Tom.
No quiero esta camisa.
No quiero ser abogado.
No quiero estar aquí cuando Tom llegue.
No quiero que me dejen aquí frustrado.
No quiero ser rica.
No quiero que me vean con él.
Ya no quiero estar contigo.
No quiero comprar el diario hoy.
No quiero morir aquí.
No quiero morir mañana.
No quiero hacerlo sin las herramientas adecuadas.
No quiero beber nada hoy.
No quiero comer nada hoy.
No quiero despedirte, pareces ser una buena persona, pero si es lo necesario para salvar a la compañía, así tendrá que ser.
No quiero perderme.
No quiero hacerme falsas ilusiones.
No quiero ir a ninguna parte.
No quiero quedarme calvo cuando aún soy joven.
No quiero salir con este tiempo.
No quiero salir esta tarde.
Hoy no quiero ir a la escuela.
No quiero ir a la escuela mañana, Mamá.
No quiero ir a trabajar hoy.
No quiero oír sorbeteos.
Ya no quiero esconderme de ti.
No quiero herir a Tom, pero si tengo que hacerlo lo haré.
No quiero insultar a Tom.
No quiero sacar conclusiones precipitadas.
No quiero saber.
No quiero ni prestar ni pedir prestado.
Ya no quiero vivir en mi propio país.
No quiero que Tom sea mi esposo.
Yo no quiero que Tom se enoje.
No quiero que Tom se lastime.
No quiero jugar más.
No quiero leer nada hoy.
No quiero verla.
No quiero gastar más de treinta dólares en el regalo de cumpleaños de Tom.
No quiero pasarme el resto de mi vida arrepintiéndome de ello.
No quiero sufrir sin razón.
No me quiero bañar.
No quiero tomar un baño.
No quiero decirte nada hoy.
No quiero pensar en esto.
No quiero escribir nada hoy.
No te deseo.
No quiero tu dinero.
No quiero que te rías de mí.
No quiero que entre en pánico.
No quiero que entrés en pánico.
No quiero que veas más a Tom.
No quiero que hables con Tom.
No quiero que se lo digas a nadie.
No pierdo mi tiempo discutiendo con fanáticos recalcitrantes como ustedes.
No veo películas en mi ordenador.
No suelo ganar.
Aún no sé lo que se necesita hacer.
Dudo que el venga a tiempo.
Dudo que saliera ayer.
Dudo que saliera ayer.
Dudo que él pueda hacer un discurso en público.
Dudo que sea buen escritor.
Dudo que Tom tenga el valor de hacer lo que verdaderamente necesita hacerse.
Claro que lo entiendo.
Quiero viajar a las montañas, pero en otra ocasión.
Bebí una taza de café para permanecer despierto.
Bebí un vaso de leche.
Anoche bebí cerveza.
Bebí de la botella y antes de darme cuenta me había convertido en un conejo.
Prefiero beber café que té.
Mejor hubiera ido al concierto anoche.
Prefiero vivir en un mundo lleno de secretos antes que en uno que sea tan pequeño que yo sea capaz de comprenderlo.
Prefiero vivir en un mundo lleno de secretos antes que en uno que sea tan pequeño que yo sea capaz de comprenderlo.
Prefiero jugar al futbol que natación.
Prefiero que Tom lo haga.
Tuve un sueño extraño.
Sueño con visitar Suiza con mi familia.
Bebo un vaso de leche antes de irme a la cama.
Bebo café con leche todas las mañanas.
Bebo leche directamente del cartón.
Bebo para olvidar.
Yo bebo.
Llevo un BMW.
Babeé.
Dejé caer tu taza.
Como mucho pavo.
Normalmente desayuno aquí.
Como pescado cada día.
Como fruta.
Como comida japonesa.
Como como como.
Yo solo como verduras frescas.
Como tofu.
Modifico esta frase.
Alenté a Tom a hacer ejercicio con más frecuencia.
Me gusta trabajar aquí.
Amplío mi conocimiento leyendo libros.
Esperaba encontrarte en la cama.
Espero que todo el mundo sepa lo que esto significa.
Espero que él nos ayude.
Espero estar de vuelta el próximo lunes.
Se lo expliqué.
Le expliqué el procedimiento.
Si el médico te dijera que solo te quedan seis meses de vida, ¿qué intentarías hacer en ese tiempo?
Si después de 1.e4 de las blancas, las negras juegan 1. ... c5, la apertura se llama Defensa Siciliana, que es una de las favoritas entre muchos ajedrecistas famosos.
No logro ver el motivo.
Si alguien puede hacerlo, eres tú.
Si Bob hubiera seguido mi consejo, todo estaría en orden ahora.
Si el budismo es atractivo, es porque aparece como una posibilidad de tocar el infinito y de obtener felicidad sin tener alguna obligación religiosa concreta. Un auto-erotismo espiritual en cierta medida.
Siento como si estuviera a bordo de un gran barco.
Lamento que haya suspendido el examen.
Me siento mejor que antes.
Me siento mejor cuando estás conmigo.
Tengo frío.
Me siento más ligero que el aire.
Tengo ganas de hacer algo diferente hoy.
Tengo ganas de ir al cine.
Siento como si me fuera a echar a llorar.
Siento que se me olvida algo.
Siento que ha pasado algo terrible.
Yo creo que la música que a mí me gusta es la mejor, y que lo demás es de mal gusto o de mala calidad.
Me siento más despierto después de tomar una taza de café.
No siento pena de quien procastina.
Me siento relajado.
¡Me da tanto vértigo perder todo esto, romper todo esto!
Me dan pena aquellos a los que no les gusta.
Me siento estúpido a veces.
Presiento que algo va mal.
Tengo hambre que me comería un caballo.
Comparto vuestro dolor.
Si soy elegido presidente, mi compromiso será liderar un gran pacto de Estado contra la violencia de género.
Me quedé dormido en cuanto puse la cabeza en la almohada.
Me enamoré de ella, pero ella no se enamoró de mí.
Me enamoré de la atractiva ingeniera.
Tenía un poco de dolor de cabeza.
Tenía frío.
Yo me sentí con hambre.
Sentí la necesidad de hacerlo.
Me sentí un poco mal por Tom.
Me sentía mucho mejor.
Sentí lástima por ella cuando oí su historia.
Sentía que mi vida estaba en peligro.
Me sentí muy solo.
Si "toda regla tiene al menos una excepción" es una regla, entonces al menos una regla no tiene ninguna excepción.
Si Dios apareciera en frente de ti, ¿qué le dirías?
Si le sigue dando así a la bebida, va a tener problemas.
¿Qué vas a hacer si él no viene?
Si saca 10 de 10 en el examen, es porque hizo trampa.
Si comete otro error, le despedirán.
Si le pusiese empeño, lo conseguiría.
Si él valiera la pena, no habría hecho lo que te hizo.
Si muero, quiero morir virgen.
Si muero hoy, te penaré cada minuto de tu vida.
¡Ojalá hubiese leído el contrato con mucho más cuidado!
Si no hago trampa, no ganaré.
Si no hago trampa, no voy a ganar.
¡Si no obtengo mi billetera de vuelta para mañana, van a rodar cabezas!
Si tuviera suficiente tiempo, hablaría contigo.
Si lo hubiese sabido, podría habértelo dicho.
Si hubiera sabido que el examen era tan fácil, habría estudiado mucho menos.
Si hubiese sabido que estabas aquí, habría venido inmediatamente.
Si me hubiera ido un poquito antes hubiera pescado el último tren.
Si tuviera más dinero me podría mudar a una casa más grande.
Si tuviera tiempo de hacerlo, lo haría.
Si conociera su dirección, le escribiría.
A mí, para serte franca, me parecía feísimo lo que esos chicos estaban escuchando, pero a ellos les parecía hermoso.
Por fin he dejado de fumar.
Me encuentro en una situación bastante delicada.
He descubierto que es muy típico de él llegar muy tarde.
Encuentro floja la tercera estrofa.
Terminé de comer.
Terminé de leer esta novela en menos de tres días.
Me acabé el libro el mes pasado.
He acabado de escribir una carta en inglés.
Si prometo que devolveré esto mañana, ¿lo puedo tomar prestado?
Si le digo que no hay problema, es que no hay problema.
Si siembro este guijarro, ¿crecerá una montaña?
¿Si te cuento un cuento te dormirás?
Si os digo que no penséis en elefantes, lo primero en lo que pensáis es en elefantes.
De no haber sido por su ayuda hubiéramos fracasado en los negocios.
Si no hubiera sido por tu ayuda, no podría haber completado el trabajo.
Si no hubiera sido por tu impermeable, me hubiera calado hasta los huesos.
Si no hubiese sido por el cinturón de seguridad, yo no estaría vivo hoy.
Si le doliera tanto, él no estaría jugando allá afuera.
Si llueve, esta noche no salgo.
Si llueve, me quedaré en casa.
Por favor, llámeme si llueve.
Si llueve, llámame por favor.
Si llueve mañana, no voy.
Si hace un buen día mañana, iremos de picnic.
Si va a ser así, no importa.
Si no fuera por los libros, cada generación tendría que redescubrir por sí misma las verdades del pasado.
No podría estudiar sin este libro.
Si no fuera por ti, hoy no estaría donde estoy.
Si renaciera, me gustaría ser un gato.
Si renaciera, me gustaría ser un gato.
Si yo fuera un pájaro volaría hasta ti.
Si fuera un animal, sería un gato.
Si no estuviera enfermo, me uniría a vosotros.
Si yo fuera rico, te daría dinero.
Si de repente fuese teletransportado trescientos años al futuro, no sé si estaría aterrorizado o emocionado.
Si yo fuera tú, postularía al trabajo.
Si yo fuera usted, no lo haría.
Si fuera joven iría al extranjero.
Arreglé el auto ayer.
Arreglé la casa por ti.
Si el dinero no fuera un problema, ¿qué profesión te gustaría ejercer?
Si mi madre hubiera estado todavía viva, me habría ayudado en aquel entonces.
Si mis padres me castigaran por algo que no había hecho, les contaría la verdad e intentaría convencerlos de mi inocencia.
¡Si solo tuviera alas!
¡Ojalá lo supiera!
Ojalá.
Ojalá no existiera la palabra "ojalá".
Si solo pudierais verme ahora.
Si solo pudieras verme ahora.
Obligué a ella a que hiciera mi tarea.
He olvidado su nombre.
Olvidé de nuevo el nombre de él.
He olvidado quién lo dijo.
Encontré un hotel en el centro de París.
Encontré una piedra con forma de corazón.
Encontré una piedra que tiene forma de corazón.
Encontré una piedra que tiene forma de corazón.
Me pareció un niño brillante.
Encontré mi sombrero en el coche de Tom.
Encontré que la pregunta era fácil de responder.
El libro me pareció muy interesante.
Encontré interesante la película.
Las encontré.
Descubrí que el rumor era, en parte, cierto.
Encontré esto en Suiza.
Me quedé quieto.
Si ella conociera tu dirección, te escribiría.
Si ella vuelve a visitar Francia, habrá estado allí tres veces.
Si algo pudiera cambiar, ¿qué querrías que fuera?
Si algo pudiera cambiar, ¿qué te gustaría que fuera?
No sé qué haría si te pasara algo.
En ese caso, ¿qué leyeron?
Si eso es verdad, ella es mejor que yo.
Si eso es lo que se necesita, que así sea.
Si el ejército de uniforme blanco aprisiona al rey de uniforme negro, ese ejército gana el juego.
Si el niño tiene sueño, no lo dejes delante de la televisión, llevalo a la cama temprano y contale un cuento.
Si el tablero de ajedrez está en la posición correcta, la casilla h1 a la derecha de las blancas es una casilla blanca. En consecuencia, la casilla a8 a la derecha de las negras también es blanca.
Si la vacuna contra la COVID-19 estuviera disponible, ¿te gustaría que te la pusieran?
Si la máquina está dañada, tú eres responsable.
Si la montaña no viene a Mahoma, entonces Mahoma debe ir a la montaña.
Si el jugador toca deliberadamente alguna de sus piezas, debe moverla, siempre que pueda hacer un movimiento válido con ella. Si toca deliberadamente una pieza del oponente, debe ser capturada, si la captura es legalmente posible. Esta regla se aplica a todas las competiciones formales de ajedrez. Los jugadores que pretendan incumplir esta regla, en partidos amistosos, deben acordar esto de antemano.
Si no hay pan para el pobre, no habrá paz para el rico.
Si no hay agua, no hay barranco.
Si no hay pan para el pobre, no habrá paz para el rico.
Si el sol saliera por el oeste, no cambiaría de idea.
Si de verdad son tus amigos, te ayudarán.
Si Tom aparece, entrégale este documento, por favor.
Si Tom quiere hacer algo, deja que lo haga.
Si Tom estuviera aquí con nosotros, todo sería mucho más fácil.
Si nos vamos temprano, podemos evitar el tráfico de la hora punta.
Si salimos pronto, podemos evitar el tráfico de la hora punta.
Si salimos temprano, podemos evitar el tráfico de la hora punta.
Si somos evasivos y posponemos este asunto, el comité puede seguir ocultándose detrás de su inacción.
Si esperamos a irnos treinta minutos, podemos evitar el tráfico de la hora punta.
Si Yanni acaba en la cárcel, Skura estará ahí para pagarle la fianza.
Si sumas tres y cuatro, te da siete.
Si no vas a ir, yo tampoco voy.
Si no vas a ir, yo tampoco voy.
Si aún no estás listo, podemos esperar.
Si estás cansada, vete a la cama.
Si nos traicionas, te matamos.
Si me traes la escalera, podré cambiar la bombilla.
Si no puedes explicarlo con facilidad, no lo has entendido todavía.
Si tú no puedes arreglar la tubería, tendremos que llamar a un fontanero.
Si te pega un resfriado me van a echar una bronca.
Si haces trampa, corres el riesgo de ser arrestado.
Si pudieran revisar mi gramática, en serio lo agradecería.
¿Te gustaría poder elegir los genes de tu hijo?
¡Si no querías una respuesta negativa, entonces no me pidas mi opinión!
Si donas un órgano, podrías salvar una vida.
Si no tenés nada que decir, no digas nada.
Si no entiendes, haz una pregunta.
No tienes que hacerlo si no quieres.
Está bien si no me quieres ayudar.
Si no quieres ponerte protector solar es tu problema, pero no vengas a quejarte conmigo cuando tengas quemaduras de sol.
No tienes que quedarte si no quieres.
Si no quieres hablar de ello, no pasa nada.
Si haces eso, se terminará nuestra amistad.
Si alguna vez decides vender tu antigua colección de grabaciones, ¡me la pido primer!
Si te caes de la escalera llegas pronto abajo.
Si lo encuentras, aún lo recuerdas.
Si te casas, probablemente tendrás menos tiempo libre.
Si te levantas temprano te sentirás mucho mejor.
Si te perdieras en una multitud, te buscaría.
Si me hubieses ayudado, lo habría conseguido.
Si la hieres de alguna manera, te mataré.
Si tienes alguna pregunta, ahora es el momento de hacerla.
Si tienes preguntas, no dudes en levantar la voz.
Si tienes algo contra los judíos, no tienes por qué venir a pronunciarlo aquí.
Si tienes algo que decir, dilo ahora o cierra la boca.
Si usted me ayuda, intentaré nuevamente.
Si os dais prisa le alcanzaréis.
Si se agacha un poco, se puede ver cómo aparece y desaparece de la vista la bandera de señalización.
Si sigues llegando tarde, te lo descontaré de tu sueldo.
Quien conoce a una mujer las conoce a todas; quien conoce a cien, no conoce a ninguna.
Si mientes, te castigaré.
Si te gusta hablar con tomates, tenemos un psiquiátrico para ti.
Si me lo permites, estoy intentando comer.
Si miráis aquí, lo veréis.
Si miras aquí, lo verás.
Si necesitáis ayuda, siempre podéis llamarme.
Si necesitas ayuda, siempre puedes llamarme.
Si me necesitas, vendré inmediatamente.
Si me necesitas, vendré inmediatamente.
Si solo bebes este zumo durante unos días, te encontrarás mejor.
Si juegas al ajedrez, sabes que un peón puede ganar el derecho a convertirse en alfil, caballo, torre o dama.
Si de verdad tienes alguna razón para actuar como lo hiciste, dímela, por favor.
Si estás deprimido significa que vives en el pasado, si estás ansioso, en el futuro; y si eres feliz, en el presente.
Si vas a dudar de todo, al menos duda de tus propias dudas.
Si no estás ocupado, ¿me podrías ayudar un poco con esto?
Si no vas a ir, yo tampoco voy.
Si no vas a ir, yo tampoco voy.
Si no estás allí a las dos y media, me iré sin ti.
Si eres viejo y no puedes ver, ¡no conduzcas!
Si estás leyendo esto, eres increíble.
Si tienes hambre de verdad, no necesitas aderezos.
Si se te mojan los pies, te dará un catarro.
Si tú dices "te amo", entonces te diré lo mismo a ti.
Si cierras la puerta a todos los errores, también la verdad se quedará fuera.
Si faltas a mi clase, te mato.
Si hablas inglés, puedes usarlo en muchos países.
Si hablases menos y escuchases más, definitivamente serías capaz de aprender algo.
Si llenas demasiado la caja, se le va a caer el fondo.
Si pruebas esta salsa la encontrarás un tanto salada.
Si me enseñas japonés, yo te enseño español.
Si piensas eso te equivocas.
Si crees que eres demasiado pequeño para marcar una diferencia, intenta dormir con un mosquito.
En China es mejor viajar con un guía.
Quien no ha cometido nunca un error tampoco ha descubierto nunca nada.
Si visitas España, ven a verme.
Si quieres un lápiz, te prestaré uno.
Si quieres, puedo volver.
Si quieres, lo puedo hacer contigo.
Si lo quieres, cómpralo.
Si tú quieres, yo volveré aquí.
Si me lo permites, te daré la mano.
Si quieres más detalles que eso, tendrás que preguntarle a mi jefe.
Si quieres ser creíble, dile a la gente sólo lo que creen.
Si quieres ir a Israel, necesitas muchos shekels. El agua cuesta sólo 0,50 ₪.
Si quieres dejar un comentario, clickea en el campo de texto abajo.
Si quieren correr, corran.
Si su merced quiere, iremos.
Si quieres, puedes permanecer aquí.
Si quieres, te pues quedar aquí.
¿Qué harías tú en mi lugar?
¿Qué harías si estuvieras en mi lugar?
Si trabajas duro y nunca te rindes, puedes lograr cualquier cosa ... si tienes suerte.
Le di instrucciones detalladas.
Se lo dí al niñito.
Le di a Tom todo lo que tenía.
Te di mi corazón para que lo ames, ¡no para usarlo!
Yo les di mi vida.
Obtengo un error cuando refresco la página.
A veces me pongo sentimental.
Me pagan cada mes.
Doy una buena regañina.
Le doy la manzana a John.
Ignoralos.
Voy tan seguido como puedo.
Soy lento bajando las escaleras porque no quiero caerme.
Voy a nadar con regularidad.
Obtuve 80 puntos de un máximo de 100.
Recibí un regalo de despedida de parte de todos.
Recibí una carta.
Se me trababa la lengua cuando ella me habló.
Conseguí un pase de temporada para todos los partidos en casa.
Hoy llegué a casa exhausta.
Hoy llegué a casa cansadísima.
Me perforé las orejas.
Me acuesto a las diez y media.
Yo voy a Kioto.
Me voy a dormir aproximadamente a la medianoche.
Voy al cine todas las semanas.
Me bajé del auto en la calle 40.
Voy al trabajo en autobús.
Me asusté tanto que me mojé los pantalones.
Me quemé con el sol.
Hice andar la máquina.
Obtuve gratis esta bicicleta.
Perdí las ganas.
Me levanté más pronto de lo normal para coger el primer tren.
Me mojé.
Recibí tu carta ayer.
Voy a donde me da la gana.
Cogí un libro de la estantería.
Lo agarré de la manga.
Aprecio mucho su consejo.
Las saludé a ellas.
Crecí haciendo esto.
Yo crecí comiendo comida japonesa.
Aquí crecí.
Yo crecí con Tom.
Te garantizo que te encontraré un trabajo.
Supongo que ahora me tengo que ir.
Imagino que no soy tan lista como tú.
Supongo que dependerá del clima.
Supongo que debe ser muy aburrido estar ahí arriba.
Supongo que no es tan fácil.
Imagino que es hora de dejarlo.
Imagino que es hora de pararlo.
Supongo que fue solo una conjetura afortunada.
Yo adivino bien nueve de cada diez veces.
Supongo que es posible.
Supongo que Tom no quería molestarte.
Supongo que esta vez fuimos demasiado lejos.
Supongo que tienes razón.
Supongo que tú no puedes hacerlo.
Yo tuve una infancia feliz.
Eché un vistazo al museo.
Tuve un sueño agradable la pasada noche.
Tuve una reacción similar.
Yo tenía un billete de veinte dólares pero lo perdí.
El teléfono sonó apenas llegué a casa.
Había estado leyendo revistas por un tiempo cuando ella vino.
Había vivido en Osaka dieciocho años cuando me mudé a Tokio.
No tenía ni idea de que María era tu esposa.
No tenía ni idea de que María era tu esposa.
No tenía ni idea de que Tom había muerto.
No tenía idea de que vivías tan cerca de mí.
No me había dado cuenta de lo importante que esto es para ti.
Planeaba hacerlo, pero no supe descifrar cómo.
Esta noche he tenido unos sueños muy raros.
Tuve la suerte de encontrar un buen trabajo.
Tuve el paraíso en mi corazón.
Tuve que aceptarlo.
Me tuvieron que sacar una muela.
Tuve que aprender un nuevo idioma para hablar con mi mujer.
Tuve que hacer algunas llamadas telefónicas.
Hice que Tom hiciera la llamada.
Tuve que quedarme en casa.
Odio la publicidad.
Odio el chocolate.
Odio el café.
Odio los días fríos de invierno.
Odio hacer esto.
Odio el inglés.
Detesto dormir pasado la medianoche.
Odio tener que tomar decisiones.
Me la seca.
Odio cuando la gente se burla de mi acento.
Odio la humanidad, porque me considero uno de los mejores de ellos, y sé lo malo que soy.
Odio la leche.
Odio las citas. Dime lo que sabes.
Odio tener que coger apuntes.
Odio tomar notas.
Odio las organizaciones terroristas.
Odio los partes de tu cerebro que te lastiman, pero amo lo demás.
Nos odio.
Odio ver películas.
Te odio desde el fondo de mi corazón.
Esto no me pinta nada bien.
Tengo mucho dolor de estómago.
He abandonado la idea de comprar una casa.
Tengo un perro negro y uno blanco.
Tengo un hermano que vive en otro país.
Tengo un amigo chino y me gustaría pedirle que me dé lecciones de chino.
Tengo un diccionario justo aquí.
Tengo un cazasueños en mi cuarto pero no creo que funcione, aunque es muy bonito.
Tengo el sentimiento de que serás un muy buen abogado.
Tengo un par de libros en inglés.
Tengo algunas cosas que quiero aclarar.
Tengo mucho pelo.
Tengo mucho dinero en mi cuenta de ahorro.
Tengo muchas preguntas.
Todavía tengo mucho trabajo pendiente.
Tengo mucho que aprender con vos.
Siempre he querido comprar esta marca de bolsos.
Tengo una manzana. Solo una.
Tengo una idea.
Tengo un papel importante.
Tengo otro as en la manga.
Tengo otra pregunta.
Tengo un dolor en el pecho.
Tengo una relación personal con Bastet.
Tengo una relación personal con Satán.
Tengo un vaso de plástico.
Yo también tengo una pregunta.
Tengo un billete de ida y vuelta a Boston.
Yo tengo una vejiga de acero.
Me duele mi estómago.
Me duele mucho en el brazo que me pegaste.
He estado ocupado toda la semana.
He estado en París.
Llevo años viviendo aquí.
Estuve dos veces en los Estados Unidos.
Lo intenté mucho tiempo, hoy lo he conseguido: He dividido por cero.
He estado queriendo hacerte una pregunta.
Tengo café, té, agua y zumo recién hecho.
Ya he creado miles de frases.
Me corté el dedo.
He hecho todo lo que se suponía que hiciera.
Tengo dudas sobre su popularidad.
Tengo suficiente dinero para comprarlo.
Yo tengo plena confianza en sus capacidades.
Tengo exactamente lo que necesitás.
Tengo familia en Los Ángeles.
Tengo pocos libros.
Tengo buenos recuerdos de mi profe de inglés del segundo grado. Ella era como la mamá que nunca tuve.
Tengo buenas noticias para ustedes.
Tengo algo de dinero.
He tenido suficiente de sus bromas.
Tengo ardor de estómago.
Lo tengo aquí por algún lado.
Acabo de terminar de comer.
Tengo un seguro de vida.
He vivido aquí durante treinta años.
He perdido mi llave.
Tengo la presión baja.
Tengo muchas habilidades.
Tengo muchos proyectos de traducción.
Tengo mates después del recreo.
En mis sueños tengo mi propio idioma. ¿Será qué me comunico con mi planeta mientras duermo?
Nunca he visto un frigo rojo.
No tengo amigos con los que pueda conversar de cosas así.
No tengo más preguntas.
No tengo ni idea de cómo me he torcido el pie.
No tengo ni idea de cuántos primos tiene Tom.
Estoy sin dinero.
No tengo un duro.
No tengo más tiempo para hablar con vos.
No tengo idioma nativo.
No me queda otra opción.
No tengo ese deseo.
Aún no he desayunado.
No he tenido resfrío últimamente.
Yo no tengo nada que ver con el asunto.
No tengo nada en que escribir.
No me queda tiempo.
No tengo tiempo para explicarlo en detalles.
No tengo otro sitio adonde ir.
Últimamente no he podido dormir lo suficiente.
No he logrado perder peso.
No me he lavado los dientes en tres días.
No he hecho eso hoy.
No he comido por días.
Hace dos días que estoy sin comer.
No he comido ahí en mucho tiempo.
No olvidé que me traicionaste.
No he encontrado nada.
Todavía no he encontrado mis llaves.
Hace mucho que no hago una barbacoa.
Todavía no he tenido un café.
No me he divertido tanto en años.
No he oído nada.
Tom me cae gordo desde que dejó a María.
No vivo en Boston desde hace muchos años.
No he pagado el alquiler de este mes todavía.
No he leído su novela, y mi hermano tampoco.
No lo he visto últimamente; dale mis saludos.
No he visto a mi exmujer desde nuestro divorcio.
No los he visto recientemente.
No te he visto desde la secundaria.
Hace tiempo que no te digo que te quiero.
Aún no he traducido nada.
Tengo un gato y un perro. El gato es negro y el perro es blanco.
Apenas tengo 5,000 yenes.
Solo puedo culparme a mí mismo, supongo.
Tengo un montón de amigos.
He impreso 100 páginas.
Leí cada libro de la biblioteca.
Tengo heces blandas.
Tengo algunos amigos americanos.
Tengo algo dormida la mano izquierda.
Tengo algo que preguntarle.
¡Tengo la mejor familia del mundo!
Tengo el mismo problema que tú.
Tengo tres perros; uno es macho y los otros son hembras.
Tengo que recuperar el tiempo perdido.
Debo cambiar la foto del perfil.
Tengo que cambiarle las pilas a la radio.
Tengo que cambiar las llantas.
Tengo que limpiar mi habitación.
Tengo muchas cosas que hacer.
Tengo que hacer eso mañana.
Yo también debo comer.
Tengo que encontrar otro.
Tengo que buscar mi bolígrafo.
Tengo que encontrar esto.
Tengo que recuperarlo.
Tengo que dar una clase mañana a las dos y media.
Tengo que volver al trabajo.
Me tengo que ir temprano mañana.
Tengo que ir al hospital.
"Tengo que ir al baño." "Yo también." "Deberíamos haber ido en la estación."
Tengo que ir primero a la tienda.
Ahora me tengo que ir a trabajar.
Tengo que irme a trabajar.
Necesito saber que es verdad.
Me tengo que ir temprano mañana.
Ya me tengo que ir.
Tengo que quererlo.
Tengo que hacer una llamada telefónica.
Debo prepararme bien para no causar una mala impresión.
Hoy tengo que gritar.
"Tengo que ver a Tom". "¿Para qué?"
Debo venderlo por menos de lo que cuesta, para limitar pérdidas.
Tengo que afeitarle el pecho para el electrocardiograma.
Tengo que volver a empezar.
Tengo que dejar de quedarme hasta tan tarde.
Tengo que tomar un medicamento.
Tengo que usar esta aguja para inyectarte esto bajo la piel.
Tengo que despertar a Tom.
Tengo que envolver la cena de mi hermana en film transparente.
Tengo dos perros.
Tengo dos exámenes mañana.
Escuché un estruendo del cielo y tuve miedo. ¿Hay un hombre muy poderoso ahí arriba?
Oí un ruido extraño.
He oído que en muchos países hispanos es aceptable llegar tarde. ¿Es lo mismo para las ambulancias?
He oído que una manera de estar sano es evitar comer cualquier alimento con ingredientes impronunciables.
He oído que Robert está enfermo.
He oído hablar que en Echigo había espíritus hembras de nieve, pero no sé si es verdadero o no.
He oído que Tom besó a Mary.
He oído que ayer visitaste a Tom.
Oí los balazos.
He oído que ayer visitaste a Tom.
Te oí cantar.
Escucho lo que estás diciendo.
Me agarré con fuerza a la cuerda para no caer.
Me agarré a la manga de Tom.
Le ayudé con algunas tareas.
Lo ayudé a cruzar la calle.
He ayudado a mis padres con las tareas domésticas.
Ayudé a Tom a bajarse del caballo.
Ayudé a Tom a subirse al caballo.
Yo no ayudo a nadie.
Espero que todo el mundo sepa lo que esto significa.
Espero que no esté enfermo.
Espero poderte ver mañana.
Espero no haberte calentado la cabeza con todos estos pensamientos.
Espero no ponerme nerviosa.
Espero que me suban el sueldo.
Espero que no llueva el lunes.
Espero que no llueva este lunes.
Espero que te sirva.
Espero que no me encuentre a Tom allí.
Espero que ella se haya mejorado de nuevo.
Espero que esté equivocada.
Espero que todos tus sueños se cumplan.
Espero poderte ver mañana.
Espero que me suban el sueldo.
Espero que ella me escuche.
Espero que Tom pueda solucionarlo.
Espero que Tom pueda ir a la universidad.
¡Espero que eso estuviera suficientemente claro!
Espero que lo consigan.
Espero que esto cambie.
Espero que esto ayude a Yanni.
Espero que este sea el comienzo de una hermosa amistad.
Espero que John y Mary pueda cuidar de John.
Espero que Tom pueda solucionarlo.
Espero que Tom encuentre a Mary.
Espero que Tom llegue aquí a tiempo.
Espero que Tom me deje hacer lo que quiero.
Espero que mañana haga más calor.
Ojalá que Tom tenga razón.
Espero que tengamos buen tiempo mañana.
Ojalá tengamos pronto una vacuna eficaz contra el coronavirus.
Espero que os vaya bien a todos.
Espero que no estés sola.
Espero que te mueras.
Ojalá no te falte nada.
Espero que no digas algo estúpido.
Espero que aprendas.
Espero que te guste el trabajo.
Espero que te guste esto.
¡Espero que tu día haya sido grandioso!
Espero que no vayas a salir ahora. Ya casi son las 11.
¡Ojalá que sufras miles de violaciones!
Espero que me entiendas.
Yo me lo imaginaba más alto.
Pretendo contárselo todo.
Entré en la Marina.
Simplemente supuse que no te importaría.
Sencillamente no quiero salir con Tom.
Simplemente tenía ganas de escuchar tu voz.
Solo me parecía que estaba oyendo tu voz.
Acabo de llegar del trabajo.
Acabo de almorzar.
¡Me acaban de ascender!
Simplemente odio ver llorar a Tom.
Acabo de oír de Tom.
Solo sé su nombre, eso es todo.
Acabo de mudarme a la ciudad.
Acabo de dar el calefón.
Me acabo de dar cuenta que son muchas más páginas de lo que pensé.
Acabo de enviarte un regalo por correo.
Acabo de empezar mi trabajo.
Vengo de entregar mi solicitud.
Solo quería enorgullecerlos.
Solo quiero ser una mujer.
Solo quiero ir a casa.
Nomás quiero divertirme hoy.
Solo quiero saber una cosa.
Solo quiero saber de dónde eres.
Solo quiero que sepas que si muero hoy, te penaré por el resto de tu vida.
Solo quiero leer.
Solo quiero sentarme por aquí un rato y escuchar el canto de los pájaros.
Solo quiero que seas feliz.
Sigo olvidándome de eso.
Sigo obteniendo mensajes de error.
Yo me quedé pensando en esa conversación y sobre si el concepto de belleza es universal, o es relativo y depende del gusto de cada uno.
Yo los maté a ambos.
Lo sabía desde el comienzo.
Lo sabía.
Lo sabía.
Sabía que Tom estaba aquí.
Sabía que estaban detrás de esto.
Sabía que preguntarías eso.
Conozco un buen sitio para cenar.
Sé un poco de francés.
Yo conozco una manera muy buena de hacerlo.
Sé inglés.
Sé que él te quiere mucho.
Lo conozco, pero no conozco su nombre.
Sé que cometí muchos errores, pero espero que te guste.
Sé que no soy lo suficientemente buena para él.
Sé que no soy lo suficientemente bueno para él.
Sé que tengo razón.
Sé que lo metí ahí dentro.
Sé que vi algo moverse.
Sé que no debería sentirme así.
Sé que debería quedarme a ayudar.
Lo sé con mi corazón.
Sé que se trata de una pregunta un poco extraña pero la voy a hacer de todos modos.
Sé que es algo que Tom aceptará.
Sé que es lo que quiere Tom.
Sé que no era fácil.
No sé nada de España.
Conozco a varios canadienses.
Sé que ella te quiere mucho.
Conozco a alguien que te puede ayudar.
Conozco a alguien que te puede enseñar francés.
Conozco a alguien que puede estar interesado en tu proyecto.
Conozco a personas que pueden ayudarte.
Yo sé que cntrational está interesado en el Lojban.
Sé que él sabe dibujar.
Sé que volveré a verte.
Sé que es algo que Tom aceptará.
Sé que es lo que quiere Tom.
Sé que ella ha estado ocupada.
Sé que Tom no me gusta, pero no me importa.
Yo sé eso bien.
Sé que sabes que lo sé.
Sé que hay gente que puede verlo.
Conozco la historia de cabo a rabo.
Sé que no me quieren.
Sé que Tom no sabía que no necesitábamos hacer eso.
Sé que Tom no me gusta, pero no me importa.
Sé que Tom está cansado.
Sé que somos diferentes.
Sé lo que le pasó a Tom.
Sé lo que quieren decir.
Sé lo que quieren decir.
Sé qué decir. Solo no sé cómo decirlo.
Yo sé cuándo me están mintiendo.
Sé quién soy.
Sé quién es mi enemigo.
Sé por qué es mejor evitar a Tom.
Yo sé.
Sé que no podéis verlo.
Sé que no puedes verlo.
Sé que no podéis ver a Tom.
Sé que no puedes ver a Tom.
Sé que lo tienes.
Sé que a usted le gusta el chocolate.
Sé que ganarás.
Conozco bien a tu hermano.
Sé que está usted contento por eso.
Sé que no me vas a escuchar y que volverás a cometer un error.
Sé que no me vas a escuchar y que volverás a cometer un error.
Sé que estás trabajando para ella.
Me río por no llorar. Pero esto es serio.
Estoy aprendiendo checo.
Aprendí mucho esta semana.
Aprendí de mis errores.
Aprendí a conducir cuando tenía quince años.
