using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Truce.Storage.Sqlite.Native;

namespace Truce.Bench;

/// <summary>Measures raw SQLite insert cost of a narrow event row, without parsing, to locate import time.</summary>
internal static class InsertProbe
{
    public static int Run(string db, int rows, bool step)
    {
        foreach (var s in new[] { "", "-wal", "-shm" })
        {
            File.Delete(db + s);
        }

        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536; CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b TEXT, c INTEGER, d INTEGER, e INTEGER, f INTEGER, g INTEGER, h INTEGER, i INTEGER, j INTEGER, k INTEGER, l REAL, m REAL, n INTEGER, o INTEGER, p INTEGER, q TEXT, r TEXT, s TEXT, t INTEGER, u INTEGER, v INTEGER, w INTEGER, x INTEGER, y INTEGER, z INTEGER, aa INTEGER, ab INTEGER, ac BLOB)";
            cmd.ExecuteNonQuery();
        }

        var watch = Stopwatch.StartNew();
        using var tx = c.BeginTransaction(deferred: false);
        using (var st = new RawStatement(c.Handle!, "INSERT INTO t (a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,aa,ab,ac) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29)"))
        {
            var hash = new byte[16];
            for (var n = 0; n < rows; n++)
            {
                st.Int(1, 1);
                st.Text(2, "123456789");
                for (var k = 3; k <= 11; k++)
                {
                    st.Int(k, n + k);
                }

                st.Real(12, 36.2);
                st.Real(13, 37.1);
                st.Int(14, 5);
                st.Int(15, 4);
                st.Int(16, 6);
                st.Text(17, "SY020000");
                st.Text(18, "SY0200");
                st.Text(19, "SY02");
                for (var k = 20; k <= 28; k++)
                {
                    st.Int(k, k);
                }

                st.Blob(29, hash);
                if (step)
                {
                    st.Execute();
                }
            }
        }

        tx.Commit();
        Console.WriteLine($"probe step={step}: {rows / watch.Elapsed.TotalSeconds:0} rows/s ({watch.Elapsed.TotalSeconds:0.00} s)");
        return 0;
    }
}
