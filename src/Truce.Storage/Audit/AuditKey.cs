using System.Security.Cryptography;

namespace Truce.Storage.Audit;

/// <summary>
/// The private key that signs the log's checkpoints: ECDSA P-256, kept as a PKCS#8 PEM file only
/// its owner may read. Whoever holds a copy of the public key (<see cref="PublicKeyPem"/>) can check
/// any checkpoint without trusting the database.
/// </summary>
public sealed class AuditKey : IDisposable
{
    /// <summary>The name checkpoints are signed under.</summary>
    public const string DefaultName = "truce-audit";

    private AuditKey(ECDsa key, string name, string path)
    {
        Key = key;
        Name = name;
        Path = path;
    }

    public ECDsa Key { get; }

    public string Name { get; }

    /// <summary>The file the key came from.</summary>
    public string Path { get; }

    /// <summary>The public half, as a PEM <c>PUBLIC KEY</c> block.</summary>
    public string PublicKeyPem => Key.ExportSubjectPublicKeyInfoPem();

    /// <summary>The key of a SQLite database at <paramref name="databasePath"/>: the file beside it, <c>DB.audit-key.pem</c>.</summary>
    public static string PathBeside(string databasePath) => databasePath + ".audit-key.pem";

    /// <summary>Reads the key at <paramref name="path"/>, creating it (mode 0600 on Unix) when there is none.</summary>
    public static AuditKey LoadOrCreate(string path, string name = DefaultName)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var key = ECDsa.Create();
        try
        {
            if (File.Exists(path))
            {
                key.ImportFromPem(File.ReadAllText(path));
                if (key.KeySize != 256)
                {
                    throw new InvalidDataException($"{path}: the audit key must be ECDSA P-256, not a {key.KeySize}-bit key.");
                }
            }
            else
            {
                key.GenerateKey(ECCurve.NamedCurves.nistP256);
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var file = new FileStream(path, options);
                using var writer = new StreamWriter(file);
                writer.Write(key.ExportPkcs8PrivateKeyPem());
                writer.Flush();
                file.Flush(flushToDisk: true);
            }

            return new AuditKey(key, name, path);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>A public key read from PEM text, to verify with.</summary>
    public static ECDsa PublicKey(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }

    public void Dispose() => Key.Dispose();
}
