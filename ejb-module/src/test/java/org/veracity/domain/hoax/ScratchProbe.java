package org.veracity.domain.hoax;
public class ScratchProbe {
    public static void main(String[] a) {
        HoaxIndex m = new HoaxIndex();
        m.add("dominion","v1","Dominion voting machines switched 2.7 million votes from Trump to Biden in the 2020 election.");
        m.add("chip","v1","The COVID-19 vaccine contains microchips that allow the government to track you.");
        m.add("text","v1","You can vote by text message: text your candidate's name to 8888 to cast your ballot.");
        m.add("5g","v1","5G towers spread the coronavirus and weaken your immune system.");
        m.add("sharpie","v1","Election officials handed out Sharpie pens that invalidated Trump ballots in Arizona.");
        m.add("walmart","v1","Walmart is offering a free $50 coupon to everyone who shares this post.");
        m.add("ballots","v1","Democrats are planning to use millions of fake ballots to steal the 2020 election");
        for (String t : new String[]{
            "FALSE: The claim that Dominion voting machines switched 2.7 million votes from Trump to Biden in the 2020 election is a hoax.",
            "Officials warn of a viral post claiming the COVID-19 vaccine contains microchips that allow the government to track you.",
            "Is it true that you can vote by text message, texting your candidate's name to 8888 to cast your ballot?",
            "Debunked: 5G towers spread the coronavirus and weaken your immune system.",
            "Rumor that election officials handed out Sharpie pens that invalidated Trump ballots in Arizona is baseless.",
            "Kroger is offering a free $50 coupon to everyone who shares this post.",
            "covid-19 vacine contains micro chips that alow the goverment to track you",
            "5G towers are spreading the coronavirus and weakening your immune system #StopThe5G",
            "Dominion voting machines switched 2.7 million votes from Trump to Biden in the 2020 election. Share before they delete this!",
            "This is NOT a hoax: Dominion voting machines switched 2.7 million votes from Trump to Biden in the 2020 election.",
            "Democrats are planning to use millions of fake ballots to steal the 2020 election!!! #StopTheSteal",
            "FALSE: Democrats are planning to use millions of fake ballots to steal the 2020 election",
            "Dominion voting machines switched two point seven million votes",
            "Dominion voting machines switched 2,700,000 votes from Trump to Biden in the 2020 election.",
            "Why is nobody talking about this? Dominion voting machines switched 2.7 million votes from Trump to Biden in the 2020 election.",
        }) {
            System.out.println(t + "\n   -> " + m.match(t, null, null).map(HoaxMatch::evidence).orElse("none"));
            System.out.println("   " + new TextNormalizer().normalize(t));
        }
    }
}
