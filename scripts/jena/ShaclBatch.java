// Validates each graph of an N-Quads file (or the one graph of a Turtle or N-Triples file) on its own
// with Apache Jena's SHACL, in one JVM: Jena's `shacl` command validates one file per start-up, and a
// start-up costs seconds. For each graph it prints
//   G <TAB> graph <TAB> conforms (true|false) <TAB> number of results
// and then one line per result
//   R <TAB> focus node <TAB> result path (or -) <TAB> source shape <TAB> constraint component <TAB> severity
// terms in N-Triples form. A property shape that is a blank node is reported as the named shape that
// holds it by sh:property (as Akhbar's reports do), since blank node labels differ between parsers.
//   java -cp "$(bash scripts/jena/setup.sh)" ShaclBatch SHAPES DATA
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

public class ShaclBatch {
    private static final Node SH_PROPERTY = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ShaclBatch SHAPES DATA");
            System.exit(2);
        }
        Graph shapesGraph = RDFDataMgr.loadGraph(args[0]);
        Shapes shapes = Shapes.parse(shapesGraph);
        Map<Node, Node> owner = new HashMap<>();
        shapesGraph.find(Node.ANY, SH_PROPERTY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isBlank() && t.getSubject().isURI()) owner.put(t.getObject(), t.getSubject());
        });
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        Batch batch = new Batch(shapes, owner, out);
        RDFParser.source(args[1]).parse(batch);
        batch.flush();
        out.flush();
        if (out.checkError()) System.exit(1);
    }

    /** Collects the quads of one graph at a time (a corpus file holds each article's graph in one run). */
    static final class Batch extends StreamRDFBase {
        private final Shapes shapes;
        private final Map<Node, Node> owner;
        private final PrintStream out;
        private final Set<Node> done = new HashSet<>();
        private Node current;
        private Graph graph;

        Batch(Shapes shapes, Map<Node, Node> owner, PrintStream out) {
            this.shapes = shapes;
            this.owner = owner;
            this.out = out;
        }

        @Override
        public void triple(Triple triple) {
            add(Quad.defaultGraphIRI, triple);
        }

        @Override
        public void quad(Quad quad) {
            add(quad.getGraph(), quad.asTriple());
        }

        private void add(Node name, Triple triple) {
            if (current == null || !current.equals(name)) {
                flush();
                if (!done.add(name)) throw new IllegalStateException("the quads of graph " + NodeFmtLib.strNT(name) + " are not together");
                current = name;
                graph = GraphFactory.createDefaultGraph();
            }
            graph.add(triple);
        }

        void flush() {
            if (graph == null) return;
            ValidationReport report = ShaclValidator.get().validate(shapes, graph);
            out.print("G\t" + NodeFmtLib.strNT(current) + "\t" + report.conforms() + "\t" + report.getEntries().size() + "\n");
            for (ReportEntry e : report.getEntries()) {
                Node source = e.source() == null ? null : owner.getOrDefault(e.source(), e.source());
                out.print("R\t" + term(e.focusNode()) + "\t" + path(e.resultPath()) + "\t" + term(source) + "\t" + term(e.sourceConstraintComponent()) + "\t" + e.severity().level().getURI() + "\n");
            }
            graph = null;
        }

        private static String term(Node node) {
            return node == null ? "-" : NodeFmtLib.strNT(node).replace("\t", "\\t");
        }

        private static String path(Path path) {
            if (path == null) return "-";
            if (path instanceof P_Link) return NodeFmtLib.strNT(((P_Link) path).getNode());
            return path.toString().replace("\t", " ").replace("\n", " ");
        }
    }
}
