import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.FSDirectory;

/**
 * Java Lucene peer of the scale benchmarks (docs/BENCHMARKS.md, issue 18): indexes the sections our parser found in a
 * generated corpus (sections.tsv: id, topic, year, agency, text) once with SmartChineseAnalyzer and once with CJKAnalyzer
 * (Lucene 8.7, Debian liblucene8-java), on disk, one thread, text indexed but not stored; then answers the same 20-query
 * mix (query-mix.tsv, peer columns) in-process: top hits plus each hit's stored id, at 1 thread and at 8 threads.
 * Lucene 8 stops counting after 1,000 hits by default, so its totals are lower bounds; the "exact" line counts every hit.
 * Usage: java ScalePeer sections.tsv query-mix.tsv agencyOfReport0 outDir rounds smartcn|cjk  (one analyzer per JVM, so that
 * its memory figures are its own)
 */
public final class ScalePeer {
    private static final int THREADS = 8;

    private record MixQuery(String id, String query, String section, int yearFrom, int yearTo, String agency, boolean sortYear, int size) { }

    public static void main(String[] args) throws Exception {
        Path sections = Paths.get(args[0]);
        List<MixQuery> mix = readMix(Paths.get(args[1]), args[2]);
        Path out = Paths.get(args[3]);
        int rounds = Integer.parseInt(args[4]);
        String only = args[5];
        Files.createDirectories(out);
        try (PrintWriter results = new PrintWriter(Files.newBufferedWriter(out.resolve("java-" + only + ".txt"), StandardCharsets.UTF_8))) {
            for (String name : new String[] {only}) {
                Analyzer analyzer = name.equals("smartcn") ? new SmartChineseAnalyzer() : new CJKAnalyzer();
                Path dir = out.resolve("java-index-" + name);
                deleteTree(dir);
                long init = System.nanoTime();
                try (var stream = analyzer.tokenStream("text", "政府信息公开工作年度报告")) { // loads the analyzer's dictionaries
                    stream.reset();
                    while (stream.incrementToken()) { }
                    stream.end();
                }
                report(results, String.format(Locale.ROOT, "%s analyzer start-up: %.0f ms", name, (System.nanoTime() - init) / 1e6));
                long start = System.nanoTime();
                int[] counts = index(sections, dir, analyzer);
                double seconds = (System.nanoTime() - start) / 1e9;
                long size = treeSize(dir);
                report(results, String.format(Locale.ROOT, "%s ingest: %d reports, %d sections in %.1f s = %.1f reports/s; index %.1f MiB",
                    name, counts[0], counts[1], seconds, counts[0] / seconds, size / 1048576.0));
                try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    QueryParser parser = new QueryParser("text", analyzer);
                    parser.setDefaultOperator(QueryParser.Operator.AND);
                    List<Query> queries = new ArrayList<>();
                    for (MixQuery q : mix) queries.add(build(parser, q));
                    for (int i = 0; i < 2; i++) runSequential(searcher, mix, queries, false); // warm-up
                    List<Double> one = new ArrayList<>();
                    for (int i = 0; i < rounds; i++) one.addAll(runSequential(searcher, mix, queries, false));
                    report(results, name + " 1 thread: " + summary(one, -1));
                    List<Double> exact = new ArrayList<>();
                    for (int i = 0; i < rounds; i++) exact.addAll(runSequential(searcher, mix, queries, true));
                    report(results, name + " 1 thread, exact totals: " + summary(exact, -1));
                    ConcurrentLinkedQueue<Double> eight = new ConcurrentLinkedQueue<>();
                    List<Thread> threads = new ArrayList<>();
                    long wall = System.nanoTime();
                    for (int t = 0; t < THREADS; t++) {
                        final int seed = 1000 + t;
                        Thread thread = new Thread(() -> {
                            Random rng = new Random(seed);
                            for (int i = 0; i < rounds; i++) {
                                List<Integer> order = new ArrayList<>();
                                for (int k = 0; k < mix.size(); k++) order.add(k);
                                Collections.shuffle(order, rng);
                                for (int k : order) eight.add(time(searcher, mix.get(k), queries.get(k), false));
                            }
                        });
                        threads.add(thread);
                        thread.start();
                    }
                    for (Thread thread : threads) thread.join();
                    double wallSeconds = (System.nanoTime() - wall) / 1e9;
                    report(results, name + " 8 threads: " + summary(new ArrayList<>(eight), eight.size() / wallSeconds));
                    StringBuilder totals = new StringBuilder(name + " totals (exact):");
                    for (int k = 0; k < mix.size(); k++) totals.append(' ').append(mix.get(k).id()).append('=').append(searcher.count(queries.get(k)));
                    report(results, totals.toString());
                }
                System.gc();
                Runtime rt = Runtime.getRuntime();
                report(results, String.format(Locale.ROOT, "%s memory: heap used %.0f MiB after GC (max %.0f MiB); process %s",
                    name, (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0, processMemory()));
            }
        }
    }

    private static int[] index(Path sections, Path dir, Analyzer analyzer) throws IOException {
        Set<String> reports = new HashSet<>();
        int count = 0;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config);
             BufferedReader lines = Files.newBufferedReader(sections, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] cells = line.split("\t", 5);
                if (cells.length < 5) continue;
                int year = Integer.parseInt(cells[2]);
                Document doc = new Document();
                doc.add(new StringField("id", cells[0], Field.Store.YES));
                doc.add(new StringField("topic", cells[1], Field.Store.NO));
                doc.add(new IntPoint("year", year));
                doc.add(new NumericDocValuesField("year", year));
                doc.add(new StringField("agency", cells[3], Field.Store.NO));
                doc.add(new TextField("text", cells[4].replace('\u2028', '\n'), Field.Store.NO));
                writer.addDocument(doc);
                reports.add(cells[0].substring(0, cells[0].indexOf('#')));
                count++;
            }
            writer.commit();
        }
        return new int[] {reports.size(), count};
    }

    private static Query build(QueryParser parser, MixQuery q) throws Exception {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parser.parse(q.query()), BooleanClause.Occur.MUST);
        if (q.section() != null) builder.add(new TermQuery(new Term("topic", q.section())), BooleanClause.Occur.FILTER);
        if (q.agency() != null) builder.add(new TermQuery(new Term("agency", q.agency())), BooleanClause.Occur.FILTER);
        if (q.yearFrom() > 0) builder.add(IntPoint.newRangeQuery("year", q.yearFrom(), q.yearTo()), BooleanClause.Occur.FILTER);
        return builder.build();
    }

    private static List<Double> runSequential(IndexSearcher searcher, List<MixQuery> mix, List<Query> queries, boolean exact) {
        List<Double> times = new ArrayList<>();
        for (int k = 0; k < mix.size(); k++) times.add(time(searcher, mix.get(k), queries.get(k), exact));
        return times;
    }

    /** One search: the top hits (by score, or by year when asked) and the stored id of each, in milliseconds. */
    private static double time(IndexSearcher searcher, MixQuery q, Query query, boolean exact) {
        try {
            long start = System.nanoTime();
            TopDocs top;
            if (q.sortYear()) {
                top = searcher.search(query, q.size(), new Sort(new SortField("year", SortField.Type.INT, true)));
            } else if (exact) {
                TopScoreDocCollector collector = TopScoreDocCollector.create(q.size(), Integer.MAX_VALUE);
                searcher.search(query, collector);
                top = collector.topDocs();
            } else {
                top = searcher.search(query, q.size());
            }
            for (ScoreDoc sd : top.scoreDocs) searcher.doc(sd.doc).get("id");
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static String summary(List<Double> ms, double perSecond) {
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(Comparator.naturalOrder());
        String text = String.format(Locale.ROOT, "p50 %.2f / p95 %.2f / p99 %.2f ms (max %.2f, n=%d)",
            rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99), sorted.get(sorted.size() - 1), sorted.size());
        return perSecond > 0 ? text + String.format(Locale.ROOT, ", %.0f queries/s", perSecond) : text;
    }

    /** Nearest-rank percentile, as the C# driver computes it. */
    private static double rank(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static List<MixQuery> readMix(Path file, String agency) throws IOException {
        List<MixQuery> mix = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (header) { header = false; continue; }
            String[] cells = line.replace("{agency}", agency).split("\t", -1);
            String section = null, agencyFilter = null;
            int from = 0, to = 0, size = 10;
            boolean sortYear = false;
            for (String filter : cells.length > 3 ? cells[3].split(";") : new String[0]) {
                if (filter.isEmpty()) continue;
                String[] kv = filter.split("=", 2);
                switch (kv[0]) {
                    case "section" -> section = kv[1];
                    case "agency" -> agencyFilter = kv[1];
                    case "year" -> { String[] r = kv[1].split("\\.\\."); from = Integer.parseInt(r[0]); to = Integer.parseInt(r[1]); }
                    case "sort" -> sortYear = kv[1].equals("year");
                    case "size" -> size = Integer.parseInt(kv[1]);
                    default -> throw new IllegalArgumentException("unknown peer filter " + filter);
                }
            }
            mix.add(new MixQuery(cells[0], cells[2], section, from, to, agencyFilter, sortYear, size));
        }
        return mix;
    }

    private static String processMemory() throws IOException {
        String rss = "?", peak = "?";
        for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) rss = line.substring(6).trim();
            if (line.startsWith("VmHWM:")) peak = line.substring(6).trim();
        }
        return "RSS " + rss + ", peak " + peak;
    }

    private static void report(PrintWriter results, String line) {
        System.out.println(line);
        results.println(line);
        results.flush();
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
