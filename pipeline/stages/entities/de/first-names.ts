/**
 * Scope: given names that appear in German-language news, with their usual gender: German,
 * Austrian and Swiss names, English/American, French, Italian, Spanish and Portuguese,
 * Slavic (Russian, Ukrainian, Polish, Czech, Balkan; in German transliteration and the
 * English one), Arabic, Turkish, Persian, Hebrew, Chinese/Japanese/Korean names common in
 * politics and sport. Compiled for this project from general knowledge of naming customs.
 *
 * Use: a known first name followed by capitalised words starts a person name ("Wladimir
 * Putin", "Steve Witkoff"), and gives the person's gender for pronoun resolution (er/sie).
 * Gender 'u' = used for both. Names that are also ordinary German words in capitalised
 * positions ("Will", "Mark", "Ernst") are listed in AMBIGUOUS_FIRST_NAMES and only count
 * when not sentence-initial.
 */
const MALE = `
Adam Adolf Adrian Albert Alexander Alexej Alexei Alexey Alfred Ali Alois Andrej Andrei Andrey
Andreas Andrew Andrzej Anton Antonio Armin Arnold Arthur Artur August Axel Benjamin Bernd
Bernhard Bernie Bill Björn Bodo Boris Bruno Burkhard Carl Carlos Cem Charles Chris Christian
Christoph Christopher Claus Clemens Daniel Dante Darius David Dennis Detlef Dieter Dietmar
Dirk Dmitri Dmitrij Dmitry Dmytro Dominik Donald Edmund Eduard Edward Egon Elon Emil Emmanuel
Enrico Erich Erik Ernesto Ewald Fabian Falk Fedor Felix Ferdinand Florian François Franz
Friedrich Friedrich-Wilhelm Fritz Gabriel Georg George Gerald Gerd Gerhard Gernot Giorgia Giorgio
Giovanni Giuseppe Gordon Gregor Guido Günter Günther Gustav Hamid Hans Hans-Dietrich Hans-Georg
Hans-Jürgen Hans-Peter Harald Hartmut Hassan Heiko Heiner Heinrich Heinz Helge Helmut Hendrik
Henning Henry Herbert Hermann Holger Horst Hubert Hubertus Hugo Ibrahim Igor Ilja Ilya Ingo Iwan
Ivan Jacob Jakob Jan Janusz Jaroslaw Jarosław Javier Jean Jean-Claude Jean-Luc Jean-Marie Jeff Jens
Jerzy Jewgeni Jewgenij Jim Joachim Joe Johann Johannes John Jonas Jonathan Jordan Jörg Josef Joseph
Josip Juan Julian Jürgen Kai Karl Karl-Heinz Karl-Theodor Kevin Kirill Klaus Konrad Konstantin
Kurt Lars Laurent Lennart Leo Leon Leonid Lindsey Lothar Louis Luca Lucas Ludwig Luigi Luis Lukas
Lutz Magnus Maik Manfred Manuel Marc Marcel Marco Marcus Mario Markus Markwayne Martin Matteo
Matthias Max Maximilian Michael Michail Mikhail Mike Mikołaj Milan Mohammed Mohammad Muhammad
Mustafa Nicolas Niels Nikita Nikolai Nikolaj Niklas Nils Norbert Olaf Oleg Oleksandr Oleksij
Olexander Oliver Omar Oskar Otto Pascal Patrick Paul Pedro Peer Peter Petr Petro Philipp Pierre
Rainer Ralf Ralph Ramzan Recep Reiner Reinhard Reinhold Richard Rishi Robert Robin Roland Rolf
Roman Ron Ronald Rüdiger Rudolf Rustam Sadiq Salman Sami Samuel Sascha Sebastian Sergei Sergej
Sergey Serhij Silvio Simon Stefan Steffen Stephan Steve Steven Sven Theo Thomas Thorsten Tim
Timo Tobias Tom Torsten Tucker Udo Ulf Ulrich Uwe Valentin Victor Viktor Vladimir Volker
Volodymyr Walter Waldemar Werner Wilhelm William Winfried Witali Vitali Vitaly Wladimir Wolfgang
Wolodymyr Xi Yair Yves Yusuf Zbigniew Ahmed Ahmet Mehmet Hakan Kemal Murat Bülent Cevdet Hulusi
Mevlüt Abdullah Abdel Bashar Baschar Benjamin Benny Chaim Naftali Jitzhak Yitzhak Ehud Ariel
Mahmud Mahmoud Hasan Hussein Jassir Yasser Jesus Lula Narendra Shinzo Fumio Yoon Kim
Moon Emmerson Cyril Jacob Paulo Jair Javier Gustavo Nicolás Alberto Pedro Kaja Dmitro Andrij
Arsenij Arseni Petro Vitali Witalij Vitalij Mykola Mykhailo Ruslan Denys Denis Anatoli Anatolij
Gennadi Juri Jurij Yuri Pjotr Pyotr Jewgeni Valeri Walerij Waleri Sergiy Sergii Aleksandr
Alexander Aljaksandr Alexandr Ramsan Schamil Kassym-Schomart Nursultan Ilham Nikol Irakli
Alexis Kyriakos Giorgos Andrzej Donald Mateusz Radosław Viktor Aleksandar Aleksander Boyko
Rumen Klaus-Dieter Hans-Werner Frank-Walter Karl-Josef Heinz-Christian Sebastian Alexander
Herbert Norbert Markus Hubert Friedrich Olaf Cem Omid Tarek Kevin Lars Saskia
`;
const FEMALE = `
Agnes Alexandra Alice Alina Amelie Ana Andrea Angela Angelika Anja Anke Anna Annalena Anne
Annegret Annette Antje Barbara Beate Bettina Birgit Brigitte Britta Carmen Caroline Catherine
Christa Christiane Christina Christine Claudia Cornelia Dagmar Daniela Diana Doris Dorothee
Elena Elisabeth Elise Elke Ellen Emilia Emily Emma Erika Eva Evelyn Franziska Friederike Gabi
Gabriele Gerda Gertrud Gisela Giorgia Greta Gudrun Hanna Hannah Heidi Heike Helena Helga Hillary
Ilse Ines Ingrid Irene Iris Isabel Isabelle Jacinda Jana Janina Jennifer Jessica Johanna
Julia Juliane Jutta Kamala Karin Katarina Katharina Kathrin Katja Katrin Kerstin Kira Klara
Kristina Larissa Laura Lea Lena Liane Linda Lisa Liz Lotte Luise Magdalena Maja Manuela Margarete
Margaret Margot Maria Marie Marina Marine Marion Marta Martha Martina Melanie Michelle Miriam
Monika Nadja Nancy Natalia Natalja Natascha Nicole Nina Olena Olga Paula Petra Renate Ricarda
Rita Rosa Ruth Sabine Sahra Sandra Sanna Sarah Sara Saskia Silke Simone Sonja Sophie Stefanie
Stephanie Susanne Svenja Svetlana Swetlana Tanja Theresa Therese Tina Ulla Ulrike Ursula Ute
Valentina Valerie Vera Veronika Victoria Viktoria Yulia Julija Julija Irina Jelena Marija Oksana
Tatjana Tatiana Ljudmila Ludmila Walentina Wiktorija Iryna Halyna Olha Mette Magdalena Kaja
Roberta Ursula Theresa Liz Nikki Marjorie Nancy Condoleezza Madeleine Hillary Michelle Melania
Ivanka Jill Kristi Tulsi Karoline Pam Pamela Elizabeth Alexandria Ilhan Rashida Giorgia Marine
Ségolène Christine Sigrid Beatrix Leonore Heidemarie Herta Hedwig Waltraud Aydan Serap Sevim
Gülşen Emine Ayşe Fatma Leyla Fatima Aisha Maryam Golda Tzipi Indira Benazir Aung Tsai Yingluck
Anneliese Anne-Marie Marie-Agnes Marie-Luise Annalena Julia Nancy Bärbel Carola Lamya Reem Aminata
`;
const MORE_MALE = `
Aaron Abraham Achim Adolfo Adrien Ahmad Alain Alan Albrecht Aldo Alessandro Alfons Alfredo Amir Anders Andre André
Andrés Angelo Anatol Antoine Antti Armando Arne Arnaud Arturo Arvid Ashraf Attila Baldur Barack Bartholomäus Ben
Benedikt Bernard Bert Berthold Bertrand Bob Bogdan Bohdan Branko Brian Bruce Burak Carsten Cedric Charlie Christof
Claudio Colin Conrad Craig Cristiano Dag Dalibor Damian Dan Dariusz Dave Dean Diego Dietrich Dimitri Dimitrios Domenico
Dominic Doug Douglas Dragan Dušan Duncan Dwight Eberhard Edgar Edwin Efraim Eike Elias Emanuel Emre Enrique Erdal Eric
Erwin Esteban Ethan Eugen Fabio Faisal Farid Federico Felipe Fernando Filip Francesco Francisco Frank-Jürgen Fred Frederik
Friedhelm Gabor Gary Gaston Geert Gennaro Georgi Gerhart Gianluigi Gilbert Gino Giulio Glenn Goran Gottfried Graham Grant
Greg Gregory Günter Gustavo Hakim Hamad Hannes Hansjörg Hans-Joachim Hans-Ulrich Harry Hasso Heinz-Peter Helmuth Henri Henrik
Herfried Hinrich Hosni Howard Humberto Ian Ignazio Ilhan Imre Ismail Jack Jacques Jaime Jake James Jamie Janis Jaroslav
Jason Javad Jeremy Jerome Jesse Jimmy Joaquín Jochen Joel Johan Johnny Jon Jorge José Josh Joshua Jost Juha Jules Julius Justin
Kaspar Keir Keith Ken Kenneth Kevin Klemens Knut Kofi Kolja Konstantinos Krzysztof Kurt-Georg Lamine Lance Laszlo László Lech Lennard
Leonardo Leopold Lionel Lorenzo Luc Lucien Ludger Luka Malte Manfredo Marcelo Marek Marian Mariano Marius Mark Marko Martti Marvin
Massimo Mateo Mathias Matt Matthew Mauricio Maurice Mauro Maximilian Mehdi Michal Michał Miguel Mikael Miloš Miroslav Mitch Mitt
Mohamed Moritz Morten Moshe Muammar Musa Nabil Nasser Nathan Neil Nelson Niccolò Nick Nicola Nicolai Niko Nikolaus Noah Norman Olav
Ole Olli Orhan Oswald Osama Pablo Pál Paolo Pascal Pasquale Patricio Pavel Pawel Paweł Peer Pekka Per Petar Peter-Michael Phil Philip
Philippe Piotr Pius Quentin Radek Rafael Raffaele Rahul Raimund Ralf-Dieter Ramón Randy Raphael Raúl Ray Raymond Recep Reza Ricardo
Riccardo Rick Rob Roberto Rodrigo Roger Rolf-Dieter Ronny Rory Ross Rowan Rupert Ruud Saddam Said Salvatore Sam Samir Sandro
Santiago Scott Sean Selim Semih Serge Sergio Severin Siegfried Sigmar Sigurd Silvan Slobodan Sönke Stanislaw Stanisław Stefano
Steffen Stephen Stuart Sven-Erik Tamás Tarik Ted Theodor Thilo Thierry Thom Till Timothy Tino Tobi Todd Tomáš Tomasz Toni
Tony Torben Tristan Ulf Umberto Urs Vadim Valdis Vasile Vicente Vince Vincent Vítor Vojtěch Walid Wally Walther Warren Wayne
Wenzel Werner Wes Wieland Willi Willy Winston Wojciech Wolf Wolf-Dieter Xavier Yannick Yasin Yusuf Zoran Zygmunt Jens-Uwe Lothar Jerry Larry Terry Barry Gerry Harvey Henry Hank Chuck Kirk Lloyd Floyd Mitchell Marco Rudy Rudi
Wilfried Wilhelm Winfried Ulrich Gunnar Gunter Gerold Gero Hagen Hajo Helmar Jupp Kuno Lorenz Manni Nico Olli Poul Reto Ruedi
`;
const MORE_FEMALE = `
Abigail Ada Adele Adriana Agathe Aleksandra Alexandria Alicia Alma Amanda Amy Ana Anastasia Andrea Angelina Anita Ann Anne-Kathrin
Annika Antonia Ariane Astrid Aurelia Ayla Beatriz Benedikta Bernadette Betty Bianca Carla Carolin Cathrin Cécile Celine Charlotte
Chiara Christel Christiane Cindy Clara Claire Constanze Daphne Deborah Delia Denise Dilek Dolores Dora Edith Eleanor Eleonore
Elfriede Elif Eliza Elvira Emine Erna Esther Eugenia Evelin Ewa Fabienne Felicitas Florence Frauke Frida Gabriela Gertraud Gesine
Gina Gloria Grete Gudula Halina Hanne Hannelore Hatice Hedda Heidrun Henriette Hermine Hilda Hildegard Ida Ilona Ingeborg Irmgard
Isabella Jane Janet Janine Jasmin Jeanette Jeanne Jenny Jody Joanna Jolanta Josefine Judith Julie Justine Karen Karla Karolina
Kate Katharine Kathleen Katie Kelly Kirsten Kristin Lara Leni Lilli Lina Lisa-Marie Lorena Lucia Luisa Lydia Madeleine Mareike Margit
Margarethe Mari Mariana Marianne Marietta Marlene Marta Mary Mathilde Maxi Mechthild Meike Melissa Mercedes Mia Michaela Mila Milena
Mira Mirjam Montserrat Nadia Nadine Natalie Nathalie Nele Nora Olivia Pamela Patricia Paulina Pauline Petra Pia Rachel Rebecca
Regina Renée Rosalind Rosemarie Roswitha Sabrina Samantha Sandra Selma Serena Sharon Sibylle Sofia Solveig Stella Susan Susanna
Sylvia Tamara Teresa Thea Tiziana Uschi Ulrika Valeria Vanessa Veronica Viola Vivian Waltraud Wilma Yvonne Zoe Zsuzsanna
`;
const UNISEX = `Kim Sascha Andrea Toni Robin Maxime Dominique Claude Jean Alex Sam Chris Eike Kay`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export type Gender = 'm' | 'f' | 'u';

export const FIRST_NAMES: ReadonlyMap<string, Gender> = (() => {
  const map = new Map<string, Gender>();
  for (const n of [...words(MALE), ...words(MORE_MALE)]) map.set(n, 'm');
  for (const n of [...words(FEMALE), ...words(MORE_FEMALE)]) map.set(n, map.get(n) === 'm' ? 'u' : 'f');
  for (const n of words(UNISEX)) map.set(n, 'u');
  // Andrea is female in German, male in Italian; Kim and Sascha go both ways.
  return map;
})();

/** First names that are also German words or month names; trusted only mid-sentence. */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set([
  'Will', 'Mark', 'Ernst', 'Frank', 'Mai', 'Rose', 'Grace', 'August', 'Moon', 'Jesus', 'Per', 'Wolf', 'Justin',
]);

/**
 * Family names that come first (Chinese, Korean, Vietnamese custom): in "Xi Jinping" or
 * "Kim Jong Un" the first word is the name used alone later ("Xi sagte").
 */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set([
  'Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Kim', 'Moon', 'Yoon', 'Park', 'Lee', 'Hu', 'Wen',
  'Mao', 'Deng', 'Jiang', 'Zhou', 'Tsai', 'Lai', 'Ma', 'Nguyen', 'Hun',
]);
