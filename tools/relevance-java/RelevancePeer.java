import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Java Lucene peers for docs/RELEVANCE.md: indexes the exported sections with SmartChineseAnalyzer and CJKAnalyzer
 * (Lucene 8, Debian liblucene8-java) and writes one run file per engine: need TAB rank TAB sectionKey.
 * Queries go through the classic QueryParser, as a plain Lucene application would do: with its default OR, and with AND
 * (every query word required) for the comparison of query semantics.
 * Usage: java RelevancePeer sections.tsv needs.tsv outDir
 */
public final class RelevancePeer {
    private static final int K = 10;

    public static void main(String[] args) throws Exception {
        Path sections = Paths.get(args[0]);
        Path needs = Paths.get(args[1]);
        Path out = Paths.get(args[2]);
        Files.createDirectories(out);

        Analyzer smart = new SmartChineseAnalyzer();
        Analyzer cjk = new CJKAnalyzer();
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put("smart", smart);
        perField.put("cjk", cjk);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(smart, perField)))) {
            for (String line : Files.readAllLines(sections, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", 2);
                if (cells.length < 2) continue;
                String text = cells[1].replace('\u2028', '\n');
                Document doc = new Document();
                doc.add(new StringField("key", cells[0], Field.Store.YES));
                doc.add(new TextField("smart", text, Field.Store.NO));
                doc.add(new TextField("cjk", text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }

        List<String[]> queries = new ArrayList<>();
        for (String line : Files.readAllLines(needs, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            if (cells.length >= 3) queries.add(new String[] {cells[0], cells[2]});
        }

        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser smartParser = new QueryParser("smart", smart);
            QueryParser cjkParser = new QueryParser("cjk", cjk);
            QueryParser smartAnd = new QueryParser("smart", smart);
            smartAnd.setDefaultOperator(QueryParser.Operator.AND);
            QueryParser cjkAnd = new QueryParser("cjk", cjk);
            cjkAnd.setDefaultOperator(QueryParser.Operator.AND);
            run(searcher, queries, out.resolve("java-smartcn.tsv"), q -> smartParser.parse(QueryParser.escape(q)));
            run(searcher, queries, out.resolve("java-cjk-bigram.tsv"), q -> cjkParser.parse(QueryParser.escape(q)));
            run(searcher, queries, out.resolve("java-smartcn-and.tsv"), q -> smartAnd.parse(QueryParser.escape(q)));
            run(searcher, queries, out.resolve("java-cjk-bigram-and.tsv"), q -> cjkAnd.parse(QueryParser.escape(q)));
            run(searcher, queries, out.resolve("java-smartcn+cjk.tsv"), q -> new BooleanQuery.Builder()
                .add(new BoostQuery(smartParser.parse(QueryParser.escape(q)), 2f), BooleanClause.Occur.SHOULD)
                .add(cjkParser.parse(QueryParser.escape(q)), BooleanClause.Occur.SHOULD)
                .build());
        }
    }

    private interface QueryFactory {
        Query create(String text) throws Exception;
    }

    private static void run(IndexSearcher searcher, List<String[]> queries, Path file, QueryFactory factory) throws Exception {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (String[] need : queries) {
                ScoreDoc[] hits = searcher.search(factory.create(need[1]), K).scoreDocs;
                for (int i = 0; i < hits.length; i++)
                    writer.println(need[0] + "\t" + (i + 1) + "\t" + searcher.doc(hits[i].doc).get("key"));
            }
        }
        System.out.println("wrote " + file);
    }
}
