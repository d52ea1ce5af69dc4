// str::rsplit, rsplitn and rsplit_once (char or &str pattern): pieces taken from the end.
fn main() {
    let s = "a,b,,c";
    println!("{:?}", s.rsplit(',').collect::<Vec<_>>());
    println!("{:?}", s.rsplitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", s.rsplitn(0, ',').collect::<Vec<_>>());
    println!("{:?}", "a::b::c".rsplit("::").collect::<Vec<_>>());
    println!("{:?}", "a::b::c".rsplit_once("::"));
    println!("{:?}", "abc".rsplit_once('x'));
    println!("{:?}", "ab".rsplit("").collect::<Vec<_>>());
    println!("{:?}", "héb".rsplitn(3, "").collect::<Vec<_>>());
    println!("{:?}", "".rsplit(',').collect::<Vec<_>>());
    println!("{:?}", ",x,".rsplit(',').collect::<Vec<_>>());
    println!("{:?}", "ab".rsplit_once(""));
    let path = String::from("dir/sub/file.txt");
    let name = path.rsplit('/').next().unwrap();
    println!("{}", name);
    let ext = name.rsplit_once('.').map(|(_, e)| e);
    println!("{:?}", ext);
}
