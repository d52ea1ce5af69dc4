// Match guards see their arm's bindings without moving out of the scrutinee: a by-value binding moves
// only when its arm is taken, so a later arm may still bind the value (a false E0382 before).
#[derive(Debug)]
enum Msg {
    Text(String),
    Pair(String, String),
    Num(i32),
}

fn classify(m: Msg) -> String {
    match m {
        Msg::Text(ref s) if s.is_empty() => String::from("empty"),
        Msg::Text(s) if s.starts_with('#') => s,
        Msg::Text(s) => format!("text {}", s),
        Msg::Pair(a, b) if a == b => a,
        Msg::Pair(a, b) => a + &b,
        Msg::Num(n @ 1..=5) if n > 2 => format!("mid {}", n),
        Msg::Num(n) => n.to_string(),
    }
}

fn by_ref(v: &Option<Vec<i32>>) -> usize {
    match v {
        Some(xs) if xs.len() > 2 => xs.len(),
        Some(xs) => xs.len() + 100,
        None => 0,
    }
}

fn pick(opt: Option<String>) -> String {
    match opt {
        Some(s) if s.len() > 3 => s,
        Some(short) => format!("short:{}", short),
        None => String::from("none"),
    }
}

fn main() {
    println!("{} {} {}", pick(Some(String::from("hello"))), pick(Some(String::from("hi"))), pick(None));
    let mut o = Some(vec![1]);
    match o {
        Some(ref mut v) if v.len() < 3 => v.push(2),
        Some(_) => {}
        None => {}
    }
    println!("{:?}", o);
    for m in vec![Msg::Text(String::new()), Msg::Text(String::from("#t")), Msg::Text(String::from("x")),
                  Msg::Pair(String::from("a"), String::from("a")), Msg::Pair(String::from("a"), String::from("b")),
                  Msg::Num(4), Msg::Num(1)] {
        println!("{}", classify(m));
    }
    println!("{} {}", by_ref(&Some(vec![1, 2, 3])), by_ref(&Some(vec![])));
    let s = Some(String::from("q"));
    println!("{}", matches!(s, Some(ref t) if t.len() == 1));
    let mut items = vec![Some(String::from("aa")), None, Some(String::from("b"))];
    let mut out = Vec::new();
    while let Some(item) = items.pop() {
        match item {
            Some(x) if x.len() > 1 => out.push(x),
            Some(y) => out.push(y + "!"),
            None => {}
        }
    }
    println!("{:?}", out);
}
