// Derived Clone, PartialEq, Ord and Hash of recursive types (an expression tree of Boxes, a Vec of
// itself): building their glue reached the type again and never finished (rustle hung).
use std::collections::HashSet;
use std::rc::Rc;
use std::cell::RefCell;
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Expr { Num(i64), Add(Box<Expr>, Box<Expr>), Neg(Box<Expr>), List(Vec<Expr>) }
fn eval(e: &Expr) -> i64 { match e { Expr::Num(n) => *n, Expr::Add(a, b) => eval(a) + eval(b), Expr::Neg(a) => -eval(a), Expr::List(v) => v.iter().map(eval).sum() } }
#[derive(Debug)]
struct Node { val: i32, next: Option<Rc<RefCell<Node>>> }
#[derive(Debug, Clone, Default, PartialEq)]
struct Tree { kids: Vec<Tree>, name: String }
fn main() {
    let e = Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Neg(Box::new(Expr::List(vec![Expr::Num(3), Expr::Num(4)])))));
    let c = e.clone();
    println!("{} {} {:?}", eval(&c), c == e, c);
    let mut set = HashSet::new();
    set.insert(e.clone()); set.insert(c); set.insert(Expr::Num(1));
    println!("{}", set.len());
    let mut v = vec![e.clone(), Expr::Num(5), Expr::Neg(Box::new(Expr::Num(0)))];
    v.sort();
    println!("{:?}", v);
    println!("{:?}", e.cmp(&Expr::Num(9)));
    let n2 = Rc::new(RefCell::new(Node { val: 2, next: None }));
    let n1 = Node { val: 1, next: Some(n2.clone()) };
    println!("{:?}", n1);
    let t = Tree { kids: vec![Tree { kids: vec![], name: "leaf".into() }, Tree::default()], name: "root".into() };
    let t2 = t.clone();
    println!("{} {:#?}", t == t2, t2);
}
