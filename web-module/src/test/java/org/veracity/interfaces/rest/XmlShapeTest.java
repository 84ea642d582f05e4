package org.veracity.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.veracity.application.FieldProblem;
import org.veracity.interfaces.rest.content.ContentBatch;
import org.veracity.interfaces.rest.signal.SignalBatch;

class XmlShapeTest {

    private static List<FieldProblem> problems(String xml, Class<?> type) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        try {
            return XmlShape.problemsOf(reader, type);
        } finally {
            reader.close();
        }
    }

    private static List<String> fields(String xml, Class<?> type) throws XMLStreamException {
        return problems(xml, type).stream().map(FieldProblem::field).toList();
    }

    @Test
    void a_well_formed_batch_has_no_problems() throws XMLStreamException {
        assertEquals(List.of(), problems("<contentBatch><items><id>a</id><views> 5 </views><shares>0</shares>"
                + "<ad>false</ad><topics>x</topics><topics>y</topics><postedAt>2020-01-01T00:00:00Z</postedAt>"
                + "<unknown><deep>1</deep></unknown></items><items><id>b</id><ad>1</ad></items></contentBatch>",
                ContentBatch.class));
    }

    @Test
    void wrong_kinds_are_named_by_their_path_as_in_json() throws XMLStreamException {
        assertEquals(List.of("items[0].views", "items[0].ad", "items[1].shares"), fields("<contentBatch>"
                + "<items><id>a</id><views>many</views><ad>yes</ad></items>"
                + "<items><id>b</id><shares>1.5</shares></items></contentBatch>", ContentBatch.class));
    }

    @Test
    void numbers_out_of_range_and_non_finite_are_refused() throws XMLStreamException {
        assertEquals(List.of("items[0].views"), fields("<contentBatch><items><views>1e30</views></items>"
                + "</contentBatch>", ContentBatch.class));
        assertEquals(List.of("signals[0].count"), fields("<signalBatch><signals><count>99999999999</count>"
                + "</signals></signalBatch>", SignalBatch.class).stream().filter(f -> f.endsWith("count")).toList());
    }

    @Test
    void nested_elements_where_text_belongs_are_a_problem_not_a_crash() throws XMLStreamException {
        assertEquals(List.of("items[0].views"), fields("<contentBatch><items><views><a>1</a></views></items>"
                + "</contentBatch>", ContentBatch.class));
    }
}
